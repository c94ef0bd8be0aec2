package vn.tinhso.organization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;

/**
 * The reference-data CSV files shipped with the module: UTF-8, a header row, cells quoted with {@code "} when they
 * hold a comma, no line breaks inside cells; lines starting with {@code #} are comments.
 */
final class CsvFile {

    private CsvFile() {
    }

    static List<Row> read(Resource resource) throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            Map<String, Integer> columns = null;
            List<Row> rows = new ArrayList<>();
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = split(line);
                if (columns == null) {
                    columns = indexOf(cells);
                } else {
                    rows.add(new Row(resource.getFilename(), number, columns, cells));
                }
            }
            return rows;
        }
    }

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static Map<String, Integer> indexOf(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip(), i);
        }
        return columns;
    }

    /** One data row; {@code where()} names the file and line for error messages. */
    record Row(String file, int line, Map<String, Integer> columns, List<String> cells) {

        /** The cell of that column, {@code ""} when empty. */
        String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalStateException(where() + ": no column " + column);
            }
            return index < cells.size() ? cells.get(index).strip() : "";
        }

        /** The cell of that column, {@code null} when empty. */
        String optional(String column) {
            String value = get(column);
            return value.isEmpty() ? null : value;
        }

        String where() {
            return file + ":" + line;
        }
    }
}
