package vn.tinhso.dti.scoring;

import static vn.tinhso.dti.scoring.SheetFormat.*;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.tinhso.dti.scoring.FrameworkProblem.Where;

/**
 * Reads the framework workbook. Every unreadable cell is reported with its place; then the framework is validated,
 * and the problems of both kinds come together in one {@link InvalidFramework}.
 */
final class WorkbookReader {

    private final List<FrameworkProblem> problems = new ArrayList<>();

    private WorkbookReader() {
    }

    static Framework read(InputStream in) {
        var reader = new WorkbookReader();
        Framework framework;
        try (Workbook workbook = open(in)) {
            framework = reader.framework(workbook);
        } catch (IOException closing) {
            throw unreadable();
        }
        if (reader.problems.isEmpty()) {
            return framework;
        }
        var all = new ArrayList<>(reader.problems);
        // a missing cell was reported where it is; validation would only repeat it by code
        Frameworks.validate(framework).stream()
                .filter(problem -> !problem.code().equals("dti.scoring.framework.required")).forEach(all::add);
        throw new InvalidFramework(all);
    }

    private static Workbook open(InputStream in) {
        try {
            return WorkbookFactory.create(in);
        } catch (IOException | RuntimeException notAWorkbook) { // POI reports a ZIP that is no workbook as either
            throw unreadable();
        }
    }

    private static InvalidFramework unreadable() {
        return new InvalidFramework(List.of(FrameworkProblem.of(Where.of("dti.scoring.at.file"),
                "dti.scoring.file.unreadable")));
    }

    private Framework framework(Workbook workbook) {
        var header = new String[FRAMEWORK_FIELDS.size()];
        var fields = new SheetRow[FRAMEWORK_FIELDS.size()];
        rows(workbook, FRAMEWORK_SHEET, List.of("Trường", "Giá trị"), row -> {
            int field = FRAMEWORK_FIELDS.indexOf(row.text(0));
            if (field >= 0) {
                header[field] = row.text(1);
                fields[field] = row;
            }
        });
        var mainIndices = new ArrayList<MainIndex>();
        rows(workbook, MAIN_SHEET, MAIN_COLUMNS, row -> mainIndices.add(new MainIndex(row.required(0),
                row.required(1), row.number(2), list(row.text(3)))));
        var indicators = new ArrayList<Indicator>();
        rows(workbook, INDICATOR_SHEET, INDICATOR_COLUMNS, row -> indicators.add(indicator(row)));
        return new Framework(header[0], version(fields[1]), header[2], level(fields[3]), date(fields[4], true),
                date(fields[5], false), header[6], YES.equalsIgnoreCase(String.valueOf(header[7]).strip()),
                fields[8] == null ? null : fields[8].number(1), mainIndices, indicators);
    }

    private void rows(Workbook workbook, String name, List<String> headers, Consumer<SheetRow> reader) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            problems.add(FrameworkProblem.of(Where.of("dti.scoring.at.file"), "dti.scoring.file.sheet-missing", name));
            return;
        }
        Row first = sheet.getRow(0);
        var heading = first == null ? null : new SheetRow(name, first, headers, problems);
        for (int i = 0; i < headers.size(); i++) {
            String found = heading == null ? "" : heading.text(i);
            if (!headers.get(i).equalsIgnoreCase(found)) {
                problems.add(FrameworkProblem.of(Where.of("dti.scoring.at.cell", name, 1, headers.get(i)),
                        "dti.scoring.file.header", headers.get(i), found));
                return;
            }
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                var cells = new SheetRow(name, row, headers, problems);
                if (!cells.blank()) {
                    reader.accept(cells);
                }
            }
        }
    }

    private Indicator indicator(SheetRow row) {
        ScoringRule rule = IndicatorRuleCells.rule(row);
        boolean automatic = rule instanceof ScoringRule.Automatic;
        String evidenceText = automatic ? row.text(7) : row.required(7);
        var kinds = new ArrayList<EvidenceKind>();
        for (String kind : list(row.text(8))) {
            try {
                kinds.add(EvidenceKind.valueOf(kind.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                row.problem(8, "dti.scoring.file.choice", kind, Arrays.stream(EvidenceKind.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")));
            }
        }
        return new Indicator(row.required(0), row.required(1), row.required(2), row.number(3), rule,
                new Evidence(evidenceText, kinds), row.text(9), row.text(10), list(row.text(11)));
    }

    private int version(SheetRow row) {
        if (row == null) {
            return missing(1);
        }
        BigDecimal version = row.number(1);
        return version == null ? 0 : version.intValue();
    }

    private UnitLevel level(SheetRow row) {
        if (row == null) {
            missing(3);
            return null;
        }
        String text = row.required(1);
        if (text == null) {
            return null;
        }
        return SheetFormat.level(text).orElseGet(() -> {
            row.problem(1, "dti.scoring.file.choice", text, String.join(", ", LEVELS.values().stream().sorted().toList()));
            return null;
        });
    }

    private java.time.LocalDate date(SheetRow row, boolean required) {
        if (row == null) {
            if (required) {
                missing(4);
            }
            return null;
        }
        return row.date(1, required);
    }

    private int missing(int field) {
        problems.add(FrameworkProblem.of(Where.of("dti.scoring.at.sheet", FRAMEWORK_SHEET),
                "dti.scoring.file.missing-field", FRAMEWORK_FIELDS.get(field)));
        return 0;
    }
}
