package vn.tinhso.dti.scoring;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code dti} command line, run without Spring and without a database:
 * {@code java -jar target/tinhso.jar dti score --framework 922-province --input results.csv [--previous prev.csv]
 * [--merges merges.csv]}. It prints {@code rank,unit,score,previous_rank,rank_change} as CSV; on bad input it
 * prints every error (file, line, column) on stderr, nothing on stdout, and exits with 2.
 */
public final class Cli {

    /** Exit code of bad input or a bad command. */
    public static final int BAD_INPUT = 2;

    private static final Set<String> OPTIONS = Set.of("--framework", "--input", "--previous", "--previous-framework",
            "--merges", "--lang");

    private Cli() {
    }

    /** Entry point for {@code TinhsoApplication} when its first argument is {@code dti}. */
    public static void main(String[] args) {
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        var err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs {@code args} (what follows {@code dti}); returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        boolean help = false;
        for (int i = 1; i < args.length; i++) {
            if ("--help".equals(args[i]) || "-h".equals(args[i])) {
                help = true;
            } else if (OPTIONS.contains(args[i]) && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                return usage(err, Texts.text(locale(options), "dti.scoring.cli.unknown-option", args[i]));
            }
        }
        Locale locale = locale(options);
        if (args.length == 0 || !"score".equals(args[0])) {
            if (args.length > 0 && !help && !"--help".equals(args[0])) {
                return usage(err, Texts.text(locale, "dti.scoring.cli.unknown-command", args[0]));
            }
            out.println(Texts.text(locale, "dti.scoring.cli.usage"));
            return 0;
        }
        if (help) {
            out.println(Texts.text(locale, "dti.scoring.cli.usage"));
            return 0;
        }
        if (!options.containsKey("--framework") || !options.containsKey("--input")) {
            return usage(err, Texts.text(locale, "dti.scoring.cli.required"));
        }
        var errors = new CliErrors(locale);
        Optional<String> table = score(options, errors);
        if (errors.any() || table.isEmpty()) {
            errors.messages().forEach(err::println);
            return BAD_INPUT;
        }
        out.print(table.get());
        out.flush();
        return 0;
    }

    private static Optional<String> score(Map<String, String> options, CliErrors errors) {
        Framework framework = framework(options.get("--framework"), errors);
        Framework previousFramework = options.containsKey("--previous-framework")
                ? framework(options.get("--previous-framework"), errors) : framework;
        if (framework == null || previousFramework == null) {
            return Optional.empty();
        }
        List<UnitResult> units = ResultsFile.read(Path.of(options.get("--input")), framework, errors);
        List<UnitResult> previousUnits = options.containsKey("--previous")
                ? ResultsFile.read(Path.of(options.get("--previous")), previousFramework, errors) : null;
        if (options.containsKey("--merges") && previousUnits == null) {
            errors.general("dti.scoring.cli.merges-without-previous");
        }
        if (errors.any()) {
            return Optional.empty();
        }
        Ranking ranking = Scoring.rank(framework, units);
        Comparison comparison = null;
        if (previousUnits != null) {
            Map<String, List<String>> merges = Map.of();
            if (options.containsKey("--merges")) {
                merges = MergesFile.read(Path.of(options.get("--merges")), names(units), names(previousUnits), errors);
            }
            if (errors.any()) {
                return Optional.empty();
            }
            comparison = Scoring.compare(ranking, Scoring.rank(previousFramework, previousUnits), merges);
        }
        return Optional.of(RankTable.csv(ranking, comparison));
    }

    /** A shipped framework by code, or a framework file (.json, .xlsx). */
    private static Framework framework(String name, CliErrors errors) {
        Optional<Framework> shipped = Frameworks.shipped(name);
        if (shipped.isPresent()) {
            return shipped.get();
        }
        Path path = Path.of(name);
        if ((name.endsWith(".json") || name.endsWith(".xlsx")) && Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                return name.endsWith(".json") ? Frameworks.readJson(in) : Frameworks.readXlsx(in);
            } catch (InvalidFramework invalid) {
                invalid.problems().forEach(problem -> errors.file(path, "dti.scoring.cli.framework-problem",
                        problem.message(errors.locale())));
                return null;
            } catch (java.io.IOException unreadable) {
                errors.file(path, "dti.scoring.cli.file-missing");
                return null;
            }
        }
        errors.general("dti.scoring.cli.unknown-framework", name, String.join(", ", Frameworks.SHIPPED));
        return null;
    }

    private static Set<String> names(List<UnitResult> units) {
        return units.stream().map(UnitResult::unit).collect(Collectors.toSet());
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(Texts.text(Texts.VIETNAMESE, "dti.scoring.cli.usage"));
        return BAD_INPUT;
    }

    private static Locale locale(Map<String, String> options) {
        return "en".equals(options.get("--lang")) ? Locale.ENGLISH : Texts.VIETNAMESE;
    }
}
