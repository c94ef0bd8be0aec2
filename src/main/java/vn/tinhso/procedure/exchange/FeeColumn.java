package vn.tinhso.procedure.exchange;

import java.util.List;

/** The columns of sheet {@value #SHEET}: one row per fee or charge of a procedure. */
enum FeeColumn implements Column {
    CODE("Mã thủ tục", true, 12, List.of(), ""),
    NUMBER("STT", false, 6, List.of(), ""),
    FEE_CODE("Mã phí", false, 12, List.of(), "code"),
    KIND("Loại", true, 9, Labels.FEE_KINDS.choices(), "kind"),
    NAME("Tên", true, 40, List.of(), "name"),
    AMOUNT("Mức thu", true, 14, List.of(), "amount"),
    COLLECTOR("Cơ quan thu", false, 30, List.of(), "collector"),
    VALID_FROM("Ngày hiệu lực", false, 13, List.of(), "");

    static final String SHEET = "Phí, lệ phí";

    private final Spec spec;

    FeeColumn(String header, boolean required, int width, List<String> choices, String property) {
        this.spec = new Spec(header, required, width, choices, property);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    /** The column of a property of {@code Fee}, e.g. {@code name}; the name column when unknown. */
    static FeeColumn forProperty(String property) {
        for (FeeColumn column : values()) {
            if (!column.property().isEmpty() && property.startsWith(column.property())) {
                return column;
            }
        }
        return NAME;
    }
}
