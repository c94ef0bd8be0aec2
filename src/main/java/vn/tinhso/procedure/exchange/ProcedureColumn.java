package vn.tinhso.procedure.exchange;

import java.util.List;

/** The columns of sheet {@value #SHEET}: one row per procedure version. */
enum ProcedureColumn implements Column {
    CODE("Mã thủ tục", true, 12, List.of(), "code"),
    NAME("Tên thủ tục", true, 50, List.of(), "name"),
    FIELD_CODE("Mã lĩnh vực", true, 12, List.of(), "fieldCode"),
    FIELD_NAME("Tên lĩnh vực", false, 24, List.of(), "fieldName"),
    LEVEL("Cấp thực hiện", true, 12, Labels.LEVELS.choices(), "level"),
    AGENCIES("Cơ quan thực hiện", true, 28, List.of(), "agencyCodes"),
    APPLICANTS("Đối tượng", true, 22, List.of("Công dân", "Doanh nghiệp", "Công dân;Doanh nghiệp"), "applicants"),
    PROCESSING_AMOUNT("Thời hạn giải quyết", true, 10, List.of(), "processingTime.amount"),
    PROCESSING_UNIT("Đơn vị thời hạn", true, 16, Labels.UNITS.choices(), "processingTime"),
    CUTOFF("Giờ chốt tiếp nhận", false, 10, List.of(), "cutoffTime"),
    ONLINE_LEVEL("Mức độ DVCTT", true, 13, Labels.ONLINE_LEVELS.choices(), "onlineLevel"),
    NATIONAL_PORTAL("Công khai trên Cổng DVC quốc gia", true, 14, Labels.YES_NO.choices(), "onNationalPortal"),
    LEGAL_BASIS("Căn cứ pháp lý", false, 40, List.of(), "legalBasis"),
    RESULT_NAME("Tên kết quả", true, 30, List.of(), "result"),
    RESULT_FORMS("Hình thức kết quả", true, 16, List.of("Giấy", "Điện tử", "Giấy;Điện tử"), "result.forms"),
    ABOLISHED("Bãi bỏ", false, 8, Labels.YES_NO.choices(), "abolished"),
    VALID_FROM("Ngày hiệu lực", true, 13, List.of(), "validFrom"),
    WORKFLOW("Quy trình", false, 30, List.of(), "workflow");

    static final String SHEET = "Thủ tục";

    private final Spec spec;

    ProcedureColumn(String header, boolean required, int width, List<String> choices, String property) {
        this.spec = new Spec(header, required, width, choices, property);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    /**
     * The column a violation's path came from, e.g. {@code agencyCodes[0].<list element>} → Cơ quan thực hiện; the
     * most specific property wins ({@code result.forms} before {@code result}); the code column when none fits.
     */
    static ProcedureColumn forPath(String path) {
        ProcedureColumn best = CODE;
        int bestLength = -1;
        for (ProcedureColumn column : values()) {
            String property = column.property();
            boolean matches = path.equals(property) || path.startsWith(property + ".") || path.startsWith(property + "[");
            if (matches && property.length() > bestLength) {
                best = column;
                bestLength = property.length();
            }
        }
        return best;
    }
}
