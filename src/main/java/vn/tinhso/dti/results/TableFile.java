package vn.tinhso.dti.results;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tinhso.platform.Refusal;

/**
 * The cells of a table file, row by row as text: the first sheet of a workbook, or a CSV file (UTF-8, comma or
 * semicolon separated, quotes around cells that hold them, lines starting with {@code #} skipped). Told apart by
 * content: a workbook is a ZIP package.
 */
final class TableFile {

    private TableFile() {
    }

    /** Rows of cells with their line (CSV) or row (workbook) number, 1-based; empty rows left out. */
    static List<Line> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw Refusal.of("dti.national.file-empty");
        }
        try {
            return content.length > 4 && content[0] == 'P' && content[1] == 'K' ? workbook(content) : csv(content);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof Refusal refusal) {
                throw refusal;
            }
            throw Refusal.of("dti.national.file-unreadable");
        }
    }

    /**
     * A row of the file.
     *
     * @param number the line or row number shown to the user
     */
    record Line(int number, List<String> cells) {
    }

    private static List<Line> workbook(byte[] content) throws IOException {
        var lines = new ArrayList<Line>();
        var format = new DataFormatter(java.util.Locale.ROOT);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                var cells = new ArrayList<String>();
                for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                    var cell = row.getCell(column);
                    if (cell == null) {
                        cells.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        cells.add(java.math.BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString());
                    } else {
                        cells.add(format.formatCellValue(cell).strip());
                    }
                }
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    lines.add(new Line(row.getRowNum() + 1, cells));
                }
            }
        }
        return lines;
    }

    private static List<Line> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        var lines = new ArrayList<Line>();
        var all = text.lines().toList();
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            lines.add(new Line(i + 1, split(line, line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',')));
        }
        return lines;
    }

    /** One CSV line into cells; a quoted cell may hold the separator and doubled quotes. */
    static List<String> split(String line, char separator) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
