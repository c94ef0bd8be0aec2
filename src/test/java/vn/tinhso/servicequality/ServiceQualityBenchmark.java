package vn.tinhso.servicequality;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.organization.WorkingCalendar;

/**
 * The service-quality figures at national scale: {@code bench.dossiers} generated dossiers (10 million by default,
 * written once into a database kept under {@code target/bench-service-quality}), then
 * <ol>
 *   <li>a full recomputation of every unit's counters ({@link Recomputation}) against a plain PostgreSQL
 *       {@code GROUP BY} scan of the same dossiers, in the same run (target: at most 2×);</li>
 *   <li>the latency of the dashboard's figures over HTTP for random units (the province, departments, communes,
 *       desks), fields and periods (day, week, month, quarter, year, a custom range) against the trivial
 *       {@code /api/ping} of the same application (target: p95 under 100 ms).</li>
 * </ol>
 * Run with {@code bench/service-quality/run.sh}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=warn", "tinhso.database.ephemeral=false",
                "tinhso.data-dir=./target/bench-service-quality",
                "logging.level.vn.tinhso.servicequality.Recomputation=info"})
class ServiceQualityBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PROVINCE = "000.00.00.H26";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Recomputation recomputation;
    @Autowired
    UnitTree tree;

    private final List<String> lines = new ArrayList<>();

    @Test
    void figuresAndRecomputationAgainstTheirBaselines() throws Exception {
        long dossiers = Long.getLong("bench.dossiers", 10_000_000L);
        int requests = Integer.getInteger("bench.requests", 2000);
        LocalDate today = LocalDate.now(WorkingCalendar.ZONE);

        long started = System.nanoTime();
        var generator = new NationalScaleDossiers(jdbc, ServiceQualityBenchmark::progress);
        generator.write(dossiers, today);
        progress("data ready in %.0f s".formatted(seconds(started)));
        tree.refresh();

        recomputationAgainstGroupBy();
        latencyAgainstPing(requests, today);

        System.out.println("\n==================== service-quality benchmark ====================\n"
                + String.join("\n", lines)
                + "\n===================================================================\n");
    }

    private void recomputationAgainstGroupBy() {
        long dossiers = jdbc.sql("SELECT count(*) FROM dossier WHERE received_at IS NOT NULL").query(Long.class)
                .single();
        int runs = Integer.getInteger("bench.recomputations", 3);
        double[] scan = new double[runs];
        double[] rebuild = new double[runs];
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            int groups = jdbc.sql("""
                    SELECT count(*) FROM (
                        SELECT agency_code, procedure_code, (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
                               count(*), count(resolved_at), sum(supplement_count), max(due_at)
                        FROM dossier WHERE received_at IS NOT NULL
                        GROUP BY 1, 2, 3) g
                    """).query(Integer.class).single();
            scan[run] = seconds(started);
            progress("GROUP BY scan %d: %.1f s (%,d groups)".formatted(run + 1, scan[run], groups));
            started = System.nanoTime();
            recomputation.runNow("bench");
            rebuild[run] = seconds(started);
            progress("recomputation %d: %.1f s".formatted(run + 1, rebuild[run]));
        }
        double scanMedian = median(scan);
        double rebuildMedian = median(rebuild);
        lines.add("dossiers            %,d received, %,d units, %,d day rows".formatted(dossiers, tree.all().size(),
                jdbc.sql("SELECT count(*) FROM sq_day").query(Long.class).single()));
        lines.add("full recomputation  %.1f s   (median of %d; every unit, field and day)".formatted(rebuildMedian,
                runs));
        lines.add("  baseline: GROUP BY scan of the same dossiers  %.1f s   ratio %.2f   (target ≤ 2.00)"
                .formatted(scanMedian, rebuildMedian / scanMedian));
    }

    private void latencyAgainstPing(int requests, LocalDate today) throws Exception {
        HttpClient http = signedIn("admin", "Tinhso@2025");
        var random = new Random(766);
        List<String> units = new ArrayList<>(tree.within(PROVINCE));
        units.sort(null);
        List<String> fields = jdbc.sql("SELECT code FROM procedure_field ORDER BY code").query(String.class).list();

        for (int i = 0; i < requests / 10; i++) {
            get(http, figureRequest(random, units, fields, today).path());
            get(http, "/api/ping");
        }
        Map<String, List<Double>> byKind = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        List<Double> ping = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Request request = figureRequest(random, units, fields, today);
            double ms = timed(http, request.path());
            byKind.computeIfAbsent(request.kind(), k -> new ArrayList<>()).add(ms);
            all.add(ms);
            ping.add(timed(http, "/api/ping"));
        }
        lines.add("dashboard figures over HTTP, 1 client, %,d requests over %,d units, random fields and periods"
                .formatted(requests, units.size()));
        byKind.forEach((kind, times) -> lines.add("  %-34s %s".formatted(kind, percentiles(times))));
        lines.add("  %-34s %s   (target p95 < 100 ms)".formatted("all", percentiles(all)));
        lines.add("  baseline: %-24s %s".formatted("GET /api/ping", percentiles(ping)));
        lines.add("  ratio p95 / ping p95              %.1f".formatted(percentile(all, 95) / percentile(ping, 95)));

        List<Double> drillDown = new ArrayList<>();
        List<String> measures = List.of("RECEIVED", "RESOLVED_LATE", "OVERDUE", "IN_PROGRESS", "DISSATISFIED");
        for (int i = 0; i < requests / 10; i++) {
            LocalDate[] period = period(random, today);
            drillDown.add(timed(http, "/api/service-quality/dossiers?unit=" + units.get(random.nextInt(units.size()))
                    + "&measure=" + measures.get(random.nextInt(measures.size())) + "&limit=100&from=" + period[0]
                    + "&to=" + period[1]));
        }
        lines.add("  %-34s %s   (not in 'all')".formatted("drill-down: the dossiers behind", percentiles(drillDown)));
    }

    /** One dashboard figure for a random unit, field and period. */
    private static Request figureRequest(Random random, List<String> units, List<String> fields, LocalDate today) {
        String unit = units.get(random.nextInt(units.size()));
        LocalDate[] period = period(random, today);
        String range = "from=" + period[0] + "&to=" + period[1];
        String field = random.nextBoolean() ? "" : "&field=" + fields.get(random.nextInt(fields.size()));
        return switch (random.nextInt(7)) {
            case 0 -> new Request("figures (unit, field, period)",
                    "/api/service-quality/figures?unit=" + unit + field + "&" + range);
            case 1 -> new Request("children (units below)",
                    "/api/service-quality/units/" + unit + "/children?" + range);
            case 2 -> new Request("fields (every field)", "/api/service-quality/fields?unit=" + unit + "&" + range);
            case 3 -> new Request("trend (month by month)",
                    "/api/service-quality/trend?unit=" + unit + field + "&step=MONTH&" + range);
            case 4 -> new Request("Biểu 06 report", "/api/service-quality/report?unit=" + unit + "&" + range);
            case 5 -> new Request("dashboard headline (+ previous)",
                    "/api/service-quality/dashboard?unit=" + unit + "&" + range);
            default -> new Request("dashboard units ranked by 766",
                    "/api/service-quality/dashboard/units?unit=" + unit + "&" + range);
        };
    }

    /** A day, week, month, quarter, year or custom range of the year before today. */
    private static LocalDate[] period(Random random, LocalDate today) {
        LocalDate day = today.minusDays(1 + random.nextInt(360));
        return switch (random.nextInt(6)) {
            case 0 -> new LocalDate[] {day, day};
            case 1 -> new LocalDate[] {Period.week(day).from(), Period.week(day).to()};
            case 2 -> new LocalDate[] {day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth())};
            case 3 -> {
                int quarter = (day.getMonthValue() - 1) / 3 + 1;
                Period q = Period.quarter(day.getYear(), quarter);
                yield new LocalDate[] {q.from(), q.to()};
            }
            case 4 -> new LocalDate[] {day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear())};
            default -> {
                LocalDate end = day.plusDays(random.nextInt(200));
                yield new LocalDate[] {day, end.isAfter(today) ? today : end};
            }
        };
    }

    private double timed(HttpClient http, String path) throws Exception {
        long started = System.nanoTime();
        get(http, path);
        return (System.nanoTime() - started) / 1e6;
    }

    private void get(HttpClient http, String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private HttpClient signedIn(String username, String password) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = http.send(HttpRequest.newBuilder(url("/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        http.send(HttpRequest.newBuilder(url("/sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf="
                        + csrf.group(1))).build(), HttpResponse.BodyHandlers.discarding());
        return http;
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String percentiles(List<Double> times) {
        return "p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (n=%d)".formatted(percentile(times, 50),
                percentile(times, 95), percentile(times, 99), percentile(times, 100), times.size());
    }

    private static double percentile(List<Double> times, int p) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void progress(String line) {
        System.out.println("[bench] " + line);
        System.out.flush();
    }

    private record Request(String kind, String path) {
    }
}
