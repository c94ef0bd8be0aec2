package vn.tinhso.dti.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Frameworks as data: the ones tinhso ships, validation, and exchange as JSON or as an Excel workbook an officer
 * can edit and import again. A file is imported whole or not at all: every problem is reported in an
 * {@link InvalidFramework}, and nothing usable is returned until the file is valid.
 */
public final class Frameworks {

    /** Codes of the shipped frameworks, under {@code src/main/resources/dti/frameworks/<code>.json}. */
    public static final List<String> SHIPPED = List.of("922-province", "297-department", "commune-2025");

    private static final Map<String, Framework> LOADED = new ConcurrentHashMap<>();

    private Frameworks() {
    }

    /** A shipped framework, validated on first use. */
    public static Optional<Framework> shipped(String code) {
        if (!SHIPPED.contains(code)) {
            return Optional.empty();
        }
        return Optional.of(LOADED.computeIfAbsent(code, Frameworks::load));
    }

    private static Framework load(String code) {
        String resource = "/dti/frameworks/" + code + ".json";
        try (InputStream in = Frameworks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Shipped framework missing from the classpath: " + resource);
            }
            return readJson(in);
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        }
    }

    /** Every problem of a framework; empty when it can be used. */
    public static List<FrameworkProblem> validate(Framework framework) {
        return FrameworkChecks.of(framework);
    }

    /** Reads and validates a framework from JSON (the format {@link #writeJson} writes). */
    public static Framework readJson(InputStream in) {
        return valid(FrameworkJson.read(in));
    }

    public static void writeJson(Framework framework, OutputStream out) {
        FrameworkJson.write(framework, out);
    }

    /** Reads and validates a framework from a workbook (the layout {@link #writeXlsx} writes). */
    public static Framework readXlsx(InputStream in) {
        return valid(FrameworkWorkbook.read(in));
    }

    /** Writes a workbook: a sheet of the framework, one of main indices, one of indicators. */
    public static void writeXlsx(Framework framework, OutputStream out) {
        FrameworkWorkbook.write(framework, out);
    }

    private static Framework valid(Framework framework) {
        List<FrameworkProblem> problems = validate(framework);
        if (!problems.isEmpty()) {
            throw new InvalidFramework(problems);
        }
        return framework;
    }
}
