package vn.tinhso.procedure.exchange;

import java.util.List;

/** The columns of sheet {@value #SHEET}: one row per paper of a procedure's dossier. */
enum DocumentColumn implements Column {
    CODE("Mã thủ tục", true, 12, List.of(), ""),
    NUMBER("STT", false, 6, List.of(), ""),
    NAME("Tên giấy tờ", true, 50, List.of(), "name"),
    ORIGINALS("Bản chính", false, 9, List.of(), "originals"),
    COPIES("Bản sao", false, 9, List.of(), "copies"),
    REQUIRED("Bắt buộc", false, 9, Labels.YES_NO.choices(), "required"),
    CONDITION("Điều kiện", false, 40, List.of(), "condition"),
    TEMPLATE("Mẫu đơn", false, 20, List.of(), "template"),
    VALID_FROM("Ngày hiệu lực", false, 13, List.of(), "");

    static final String SHEET = "Thành phần hồ sơ";

    private final Spec spec;

    DocumentColumn(String header, boolean required, int width, List<String> choices, String property) {
        this.spec = new Spec(header, required, width, choices, property);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    /** The column of a property of {@code RequiredDocument}, e.g. {@code name}; the name column when unknown. */
    static DocumentColumn forProperty(String property) {
        for (DocumentColumn column : values()) {
            if (!column.property().isEmpty() && property.startsWith(column.property())) {
                return column;
            }
        }
        return NAME;
    }
}
