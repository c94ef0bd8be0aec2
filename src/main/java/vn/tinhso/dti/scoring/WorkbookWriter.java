package vn.tinhso.dti.scoring;

import static vn.tinhso.dti.scoring.SheetFormat.*;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the framework workbook: the framework, its main indices, its indicators, and a guide. */
final class WorkbookWriter {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final XSSFWorkbook workbook;
    private final CellStyle header;

    private WorkbookWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
    }

    static void write(Framework framework, OutputStream out) {
        try (var workbook = new XSSFWorkbook()) {
            var writer = new WorkbookWriter(workbook);
            writer.framework(framework);
            writer.mainIndices(framework);
            writer.indicators(framework);
            writer.guide();
            workbook.write(out);
        } catch (IOException writing) {
            throw new UncheckedIOException(writing);
        }
    }

    private void framework(Framework framework) {
        Sheet sheet = sheet(FRAMEWORK_SHEET, List.of("Trường", "Giá trị"), 20, 70);
        List<Object> values = List.of(framework.code(), framework.version(), framework.name(),
                LEVELS.get(framework.level()), framework.effectiveFrom().format(DATE),
                framework.effectiveTo() == null ? "" : framework.effectiveTo().format(DATE), text(framework.legalBasis()),
                framework.illustrative() ? YES : NO, framework.total());
        for (int i = 0; i < FRAMEWORK_FIELDS.size(); i++) {
            row(sheet, i + 1, List.of(FRAMEWORK_FIELDS.get(i), values.get(i)));
        }
    }

    private void mainIndices(Framework framework) {
        Sheet sheet = sheet(MAIN_SHEET, MAIN_COLUMNS, 10, 40, 12, 16);
        int row = 1;
        for (MainIndex index : framework.mainIndices()) {
            row(sheet, row++, List.of(index.code(), index.name(), index.maxPoints(), String.join(", ", index.pillars())));
        }
    }

    private void indicators(Framework framework) {
        Sheet sheet = sheet(INDICATOR_SHEET, INDICATOR_COLUMNS, 10, 10, 60, 10, 20, 30, 22, 50, 22, 24, 30, 12);
        int row = 1;
        for (Indicator indicator : framework.indicators()) {
            String metric = indicator.rule() instanceof ScoringRule.Automatic automatic ? automatic.metric().name() : "";
            Evidence evidence = indicator.evidence() == null ? new Evidence("", List.of()) : indicator.evidence();
            row(sheet, row++, List.of(indicator.code(), indicator.mainIndex(), indicator.name(), indicator.maxPoints(),
                    ruleLabel(indicator.rule()), parameters(indicator.rule()), metric, text(evidence.text()),
                    evidence.kinds().stream().map(Enum::name).collect(Collectors.joining(", ")),
                    text(indicator.dataSource()), text(indicator.verifyingBody()), String.join(", ", indicator.pillars())));
        }
    }

    private void guide() {
        Sheet sheet = sheet(GUIDE_SHEET, List.of("Cột", "Cách ghi"), 22, 100);
        List<List<Object>> lines = List.of(
                List.of("Cấp đánh giá", String.join(", ", LEVELS.values().stream().sorted().toList())),
                List.of("Hiệu lực từ / đến", "dd/mm/yyyy; để trống \"Hiệu lực đến\" khi còn hiệu lực"),
                List.of("Cách chấm", String.join(", ", RULES.values().stream().sorted().toList())),
                List.of("Tham số: Có/Không", "các mức và tỷ lệ điểm, ví dụ " + GRADES_PATTERN),
                List.of("Tham số: Tỷ lệ theo mục tiêu", "mục tiêu, ví dụ " + TARGET_PATTERN),
                List.of("Tham số: Bảng bậc", "ngưỡng=điểm, ví dụ " + STEPS_PATTERN),
                List.of("Số liệu tự động", "để trống, hoặc một trong: " + java.util.Arrays.stream(Metric.values())
                        .map(Enum::name).collect(Collectors.joining(", ")) + "; khi đó Cách chấm áp dụng cho số liệu"),
                List.of("Loại minh chứng", "PDF, XLSX, DOCX, JPG, PNG, LINK (cách nhau bởi dấu phẩy)"),
                List.of("Trụ cột", "mã trụ cột cách nhau bởi dấu phẩy, ví dụ CQS, KTS, XHS"),
                List.of("Điểm", "tổng điểm các chỉ tiêu bằng điểm chỉ số chính; tổng điểm chỉ số chính bằng tổng điểm"));
        for (int i = 0; i < lines.size(); i++) {
            row(sheet, i + 1, lines.get(i));
        }
    }

    private Sheet sheet(String name, List<String> headers, int... widths) {
        Sheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void row(Sheet sheet, int index, List<Object> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            var cell = row.createCell(i);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Integer number) {
                cell.setCellValue(number);
            } else {
                cell.setCellValue(value == null ? "" : value.toString());
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
