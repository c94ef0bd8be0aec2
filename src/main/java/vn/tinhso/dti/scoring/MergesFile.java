package vn.tinhso.dti.scoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A merges file of the command line: header {@code unit,predecessor}, one row per predecessor of a unit formed in
 * the 2025 reorganisation (Nghị quyết 202/2025/QH15), e.g. {@code Hải Phòng,Hải Dương}.
 */
final class MergesFile {

    private MergesFile() {
    }

    static Map<String, List<String>> read(Path file, Set<String> units, Set<String> previousUnits, CliErrors errors) {
        List<Csv.Line> lines;
        try {
            lines = Csv.read(file);
        } catch (Csv.Unreadable unreadable) {
            errors.file(file, unreadable.code);
            return Map.of();
        }
        if (lines.isEmpty() || lines.get(0).fields().size() != 2 || !"unit".equalsIgnoreCase(lines.get(0).fields().get(0))
                || !"predecessor".equalsIgnoreCase(lines.get(0).fields().get(1))) {
            errors.at(file, 1, 1, "dti.scoring.cli.header-merges",
                    lines.isEmpty() ? "" : String.join(",", lines.get(0).fields()));
            return Map.of();
        }
        var merges = new LinkedHashMap<String, List<String>>();
        for (Csv.Line line : lines.subList(1, lines.size())) {
            if (line.fields().size() != 2) {
                errors.at(file, line.number(), Math.min(line.fields().size(), 2) + 1, "dti.scoring.cli.field-count",
                        String.valueOf(line.fields().size()), "2");
                continue;
            }
            String unit = line.fields().get(0);
            String predecessor = line.fields().get(1);
            if (!units.contains(unit)) {
                errors.at(file, line.number(), 1, "dti.scoring.cli.unknown-unit", unit);
            }
            if (!previousUnits.contains(predecessor)) {
                errors.at(file, line.number(), 2, "dti.scoring.cli.unknown-predecessor", predecessor);
            }
            merges.computeIfAbsent(unit, u -> new ArrayList<>()).add(predecessor);
        }
        return merges;
    }
}
