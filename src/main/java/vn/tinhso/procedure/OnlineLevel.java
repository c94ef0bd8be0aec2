package vn.tinhso.procedure;

/** How much of the procedure can be done online (Nghị định 42/2022/NĐ-CP Art. 11). */
public enum OnlineLevel {
    /** Toàn trình: submit, process and receive the result online or by public post (legacy "mức độ 4"). */
    FULL_PROCESS,
    /** Một phần: any other online service, e.g. submit online but collect the result at the desk ("mức độ 3"). */
    PARTIAL,
    /** Not offered online. */
    NONE;

    public boolean online() {
        return this != NONE;
    }
}
