package vn.tinhso.dti.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Frameworks go out and come back as JSON and as a workbook; a bad file is refused with every problem. */
class FrameworkExchangeTests {

    @Test
    void everyShippedFrameworkSurvivesAJsonRoundTrip() {
        for (String code : Frameworks.SHIPPED) {
            Framework framework = Frameworks.shipped(code).orElseThrow();
            var out = new ByteArrayOutputStream();
            Frameworks.writeJson(framework, out);
            assertThat(Frameworks.readJson(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(framework);
        }
    }

    @Test
    void everyShippedFrameworkSurvivesAWorkbookRoundTrip() {
        for (String code : Frameworks.SHIPPED) {
            Framework framework = Frameworks.shipped(code).orElseThrow();
            assertThat(Frameworks.readXlsx(new ByteArrayInputStream(xlsx(framework)))).as(code).isEqualTo(framework);
        }
    }

    @Test
    void theWorkbookReadsAsAnOfficerWouldWriteIt() throws IOException {
        byte[] edited = edit(xlsx(Frameworks.shipped("297-department").orElseThrow()), workbook -> {
            Sheet indicators = workbook.getSheet("Chỉ tiêu");
            indicators.getRow(1).getCell(3).setCellValue("10"); // points as text
            indicators.getRow(5).getCell(5).setCellValue("90%"); // NTS-05 target as a percentage
            indicators.getRow(3).getCell(4).setCellValue("bảng bậc"); // label in lower case
        });
        Framework framework = Frameworks.readXlsx(new ByteArrayInputStream(edited));
        assertThat(framework.indicator("NTS-05").orElseThrow().rule())
                .isEqualTo(new ScoringRule.CappedTarget(new java.math.BigDecimal("0.9")));
    }

    @Test
    void aBadWorkbookIsRefusedWithEveryProblemInPlace() throws IOException {
        byte[] edited = edit(xlsx(Frameworks.shipped("297-department").orElseThrow()), workbook -> {
            Sheet indicators = workbook.getSheet("Chỉ tiêu");
            indicators.getRow(1).getCell(3).setCellValue("mười"); // NTS-01 points
            indicators.getRow(2).getCell(5).setCellValue("CÓ 1, KHÔNG 0"); // NTS-02 grades
            indicators.getRow(3).getCell(1).setCellValue("NTX"); // NTS-03 main index
            indicators.getRow(4).getCell(6).setCellValue("ONLINE_RATE"); // NTS-04 metric
            workbook.getSheet("Chỉ số chính").getRow(1).getCell(2).setCellValue(45); // NTS 45
        });
        assertThatThrownBy(() -> Frameworks.readXlsx(new ByteArrayInputStream(edited)))
                .isInstanceOfSatisfying(InvalidFramework.class, invalid ->
                        assertThat(invalid.problems()).extracting(FrameworkProblem::message).containsExactly(
                                "Trang Chỉ tiêu, dòng 2, cột Điểm tối đa: ô \"mười\" không phải là số",
                                "Trang Chỉ tiêu, dòng 3, cột Tham số: tham số \"CÓ 1, KHÔNG 0\" không đúng mẫu: "
                                        + "CÓ=1; MỘT PHẦN=0.5; KHÔNG=0",
                                "Trang Chỉ tiêu, dòng 5, cột Số liệu tự động: ô \"ONLINE_RATE\" không thuộc các giá trị: "
                                        + "ONLINE_DOSSIER_RATE, ON_TIME_RATE, E_RESULT_RATE, ONLINE_PAYMENT_RATE, "
                                        + "FULL_PROCESS_SHARE, ONLINE_SERVICE_SHARE, DIGITISATION_RATE, SATISFACTION_RATE",
                                "Chỉ tiêu NTS-03: chỉ số chính NTX không có trong bộ chỉ số"));
    }

    @Test
    void anEmptyRequiredCellIsReportedWhereItIs() throws IOException {
        byte[] edited = edit(xlsx(Tiny.framework()), workbook -> {
            workbook.getSheet("Chỉ tiêu").getRow(2).getCell(2).setBlank(); // A-2's name
            workbook.getSheet("Chỉ tiêu").getRow(2).getCell(7).setBlank(); // and its evidence
        });
        assertThatThrownBy(() -> Frameworks.readXlsx(new ByteArrayInputStream(edited)))
                .isInstanceOfSatisfying(InvalidFramework.class, invalid ->
                        assertThat(invalid.problems()).extracting(FrameworkProblem::message).containsExactly(
                                "Trang Chỉ tiêu, dòng 3, cột Minh chứng yêu cầu: ô bắt buộc, không được để trống",
                                "Trang Chỉ tiêu, dòng 3, cột Tên chỉ tiêu: ô bắt buộc, không được để trống"));
    }

    @Test
    void aWorkbookWithoutTheIndicatorSheetIsRefused() throws IOException {
        byte[] edited = edit(xlsx(Tiny.framework()), workbook -> workbook.removeSheetAt(workbook.getSheetIndex("Chỉ tiêu")));
        assertThatThrownBy(() -> Frameworks.readXlsx(new ByteArrayInputStream(edited)))
                .isInstanceOfSatisfying(InvalidFramework.class, invalid ->
                        assertThat(invalid.problems().get(0).message()).isEqualTo("Tệp: thiếu trang \"Chỉ tiêu\""));
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() {
        assertThatThrownBy(() -> Frameworks.readXlsx(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidFramework.class).hasMessage("Tệp: không phải tệp Excel (.xlsx) đọc được");
    }

    @Test
    void unreadableJsonIsRefusedWithItsLine() {
        String json = "{\n  \"code\": \"x\",\n  \"version\": \"one\"\n}";
        assertThatThrownBy(() -> Frameworks.readJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidFramework.class, invalid ->
                        assertThat(invalid.problems().get(0).message()).startsWith("Tệp JSON, dòng 3, cột"));
    }

    @Test
    void jsonThatReadsButDoesNotAddUpIsRefusedWithEveryProblem() {
        String json = """
                {"code": "x", "version": 1, "name": "X", "level": "DEPARTMENT", "effectiveFrom": "2023-01-01",
                 "total": 100, "mainIndices": [{"code": "A", "name": "A", "maxPoints": 100, "pillars": []}],
                 "indicators": [{"code": "A-1", "mainIndex": "A", "name": "a", "maxPoints": 95,
                   "rule": {"type": "CAPPED_TARGET", "target": 0}, "evidence": {"text": "e", "kinds": ["PDF"]}}]}
                """;
        assertThatThrownBy(() -> Frameworks.readJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidFramework.class, invalid ->
                        assertThat(invalid.problems()).extracting(FrameworkProblem::message).containsExactly(
                                "Chỉ tiêu A-1: mục tiêu 0 phải lớn hơn 0 và không quá 1",
                                "Chỉ số chính A: tổng điểm các chỉ tiêu 95 ≠ 100"));
    }

    static byte[] xlsx(Framework framework) {
        var out = new ByteArrayOutputStream();
        Frameworks.writeXlsx(framework, out);
        return out.toByteArray();
    }

    private static byte[] edit(byte[] xlsx, Consumer<Workbook> change) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); var out = new ByteArrayOutputStream()) {
            change.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
