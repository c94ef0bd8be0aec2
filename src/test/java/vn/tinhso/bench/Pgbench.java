package vn.tinhso.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The durable single-row INSERT measured by pgbench on the same PostgreSQL the platform uses: the ceiling the
 * platform's writes are compared with, side by side in the same run.
 */
public final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private Pgbench() {
    }

    /** Transactions per second of {@code INSERT INTO bench_insert(payload) VALUES ('x')} at that concurrency. */
    public static double singleRowInserts(String host, int port, String user, String database, int clients,
                                          int seconds) throws IOException, InterruptedException {
        Path script = Files.createTempFile("pgbench-insert", ".sql");
        Files.writeString(script, "INSERT INTO bench_insert (payload) VALUES ('x');\n");
        var command = List.of("pgbench", "-n", "-h", host, "-p", Integer.toString(port), "-U", user,
                "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)),
                "-T", Integer.toString(seconds), "-f", script.toString(), database);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed: " + output);
        }
        var matcher = TPS.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("No tps in pgbench output: " + output);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
