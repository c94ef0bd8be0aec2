package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A results file of the command line: header {@code unit,<main-index codes…>} in any order (every main index with
 * points above zero is required, a 0-point one such as DTTM may be present and is ignored), an optional
 * {@code ranked} column (yes/no, có/không, 1/0) for units scored but not ranked, one row per unit, values 0–1.
 */
final class ResultsFile {

    static final String UNIT = "unit";
    static final String RANKED = "ranked";
    private static final Set<String> YES = Set.of("yes", "true", "1", "có", "co", "x");
    private static final Set<String> NO = Set.of("no", "false", "0", "không", "khong", "");

    private ResultsFile() {
    }

    /** The units of the file; empty (with errors added) when any line is wrong. */
    static List<UnitResult> read(Path file, Framework framework, CliErrors errors) {
        List<Csv.Line> lines;
        try {
            lines = Csv.read(file);
        } catch (Csv.Unreadable unreadable) {
            errors.file(file, unreadable.code);
            return List.of();
        }
        if (lines.isEmpty()) {
            errors.file(file, "dti.scoring.cli.empty");
            return List.of();
        }
        int before = errors.messages().size();
        List<String> header = lines.get(0).fields();
        Map<String, Integer> columns = header(file, header, framework, errors);
        var units = new ArrayList<UnitResult>();
        var seen = new HashMap<String, Integer>();
        for (Csv.Line line : lines.subList(1, lines.size())) {
            if (line.fields().size() != header.size()) {
                errors.at(file, line.number(), Math.min(line.fields().size(), header.size()) + 1,
                        "dti.scoring.cli.field-count", String.valueOf(line.fields().size()), String.valueOf(header.size()));
                continue;
            }
            String unit = line.fields().get(0);
            Integer earlier = seen.putIfAbsent(unit, line.number());
            if (unit.isEmpty()) {
                errors.at(file, line.number(), 1, "dti.scoring.cli.unit-blank");
            } else if (earlier != null) {
                errors.at(file, line.number(), 1, "dti.scoring.cli.duplicate-unit", unit, String.valueOf(earlier));
            }
            Map<String, BigDecimal> values = values(file, line, columns, errors);
            boolean ranked = ranked(file, line, header, errors);
            if (errors.messages().size() == before) {
                units.add(new UnitResult(unit, Scoring.ofValues(framework, values), ranked));
            }
        }
        return errors.messages().size() == before ? units : List.of();
    }

    /** Main-index code → column index; reports a bad header. */
    private static Map<String, Integer> header(Path file, List<String> header, Framework framework, CliErrors errors) {
        var columns = new LinkedHashMap<String, Integer>();
        if (!UNIT.equalsIgnoreCase(header.get(0))) {
            errors.at(file, 1, 1, "dti.scoring.cli.header-unit", header.get(0));
        }
        for (int i = 1; i < header.size(); i++) {
            String code = header.get(i);
            if (RANKED.equalsIgnoreCase(code)) {
                continue;
            }
            MainIndex index = framework.mainIndices().stream().filter(m -> m.code().equalsIgnoreCase(code))
                    .findFirst().orElse(null);
            if (index == null) {
                errors.at(file, 1, i + 1, "dti.scoring.cli.unknown-index", code, framework.code(),
                        String.join(", ", framework.mainIndices().stream().map(MainIndex::code).toList()));
            } else if (columns.containsKey(index.code())) {
                errors.at(file, 1, i + 1, "dti.scoring.cli.duplicate-index", code);
            } else if (index.counted()) {
                columns.put(index.code(), i);
            }
        }
        for (MainIndex index : framework.countedMainIndices()) {
            if (!columns.containsKey(index.code()) && header.stream().noneMatch(h -> h.equalsIgnoreCase(index.code()))) {
                errors.at(file, 1, header.size() + 1, "dti.scoring.cli.missing-index", index.code());
            }
        }
        return columns;
    }

    private static Map<String, BigDecimal> values(Path file, Csv.Line line, Map<String, Integer> columns,
                                                  CliErrors errors) {
        var values = new LinkedHashMap<String, BigDecimal>();
        columns.forEach((code, column) -> {
            String text = line.fields().get(column);
            BigDecimal value = SheetFormat.number(text).filter(v -> !text.endsWith("%")).orElse(null);
            if (value == null) {
                errors.at(file, line.number(), column + 1, "dti.scoring.cli.not-a-number", text, code);
            } else if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                errors.at(file, line.number(), column + 1, "dti.scoring.answer.value-range", code, text);
            } else {
                values.put(code, value);
            }
        });
        return values;
    }

    private static boolean ranked(Path file, Csv.Line line, List<String> header, CliErrors errors) {
        for (int i = 1; i < header.size(); i++) {
            if (RANKED.equalsIgnoreCase(header.get(i))) {
                String text = line.fields().get(i).toLowerCase(Locale.ROOT);
                if (YES.contains(text)) {
                    return true;
                }
                if (!NO.contains(text)) {
                    errors.at(file, line.number(), i + 1, "dti.scoring.cli.not-yes-no", line.fields().get(i));
                }
                return text.isEmpty();
            }
        }
        return true;
    }
}
