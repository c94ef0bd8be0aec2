package vn.tinhso.procedure;

/**
 * A field of administrative procedures (lĩnh vực), e.g. {@code HT} Hộ tịch.
 *
 * @param code short code, unique
 * @param name Vietnamese name
 */
public record Field(String code, String name) {
}
