package vn.tinhso.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * HTTP load from {@code wrk}, a separate process on this machine's loopback, so the load generator does not
 * share the server's JVM. Runs are bounded by duration. Lua scripts shape the requests.
 */
public final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P50 = Pattern.compile("\\s50%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    private Wrk() {
    }

    /**
     * Runs wrk against {@code url} with {@code connections} open connections for {@code seconds}.
     *
     * @param lua a wrk Lua script shaping the requests, or null for plain GETs
     */
    public static Result run(String name, String url, int connections, int seconds, String lua)
            throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("wrk", "-t" + Math.min(2, connections), "-c" + connections,
                "-d" + seconds + "s", "--latency"));
        if (lua != null) {
            Path script = Files.createTempFile("wrk-", ".lua");
            Files.writeString(script, lua);
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        return new Result(name, connections, number(RATE, output), millis(P50, output), millis(P99, output),
                (long) number(NON_2XX, output));
    }

    private static double number(Pattern pattern, String output) {
        var matcher = pattern.matcher(output);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private static double millis(Pattern pattern, String output) {
        var matcher = pattern.matcher(output);
        if (!matcher.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    /** Requests per second, latency percentiles in ms, and how many answers were not 2xx/3xx. */
    public record Result(String name, int connections, double perSecond, double p50Millis, double p99Millis,
                         long failed) {

        @Override
        public String toString() {
            return "%-34s conns=%-3d %10.1f /s   p50=%7.2f ms   p99=%7.2f ms   non-2xx=%d"
                    .formatted(name, connections, perSecond, p50Millis, p99Millis, failed);
        }

        /** "label: x /s vs baseline y /s -> ratio r (target t: MET/MISSED)". */
        public String ratioTo(double baseline, String baselineName, double target) {
            double ratio = perSecond / baseline;
            return "%s vs %s: %.1f /s vs %.1f /s -> ratio %.3f (target >= %.2f: %s)".formatted(name, baselineName,
                    perSecond, baseline, ratio, target, ratio >= target ? "MET" : "MISSED");
        }
    }
}
