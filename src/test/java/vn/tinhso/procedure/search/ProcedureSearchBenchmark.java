package vn.tinhso.procedure.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.procedure.Procedures;

/**
 * Search latency in-process (p50/p95/p99 over a mix of 240 queries, against unaccent ILIKE on the same rows) and
 * over HTTP: requests/s of {@code GET /api/procedures?q=…} against {@code GET /api/ping} in the same run, with
 * the same closed-loop clients. Not part of the test suite: run {@code bench/procedure-search/run.sh}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcedureSearchBenchmark {

    static final int ROUNDS = 10;
    static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("bench.seconds", 15));

    @LocalServerPort
    int port;
    @Autowired
    Procedures procedures;
    @Autowired
    ProcedureSearch search;
    @Autowired
    JdbcClient jdbc;

    @Test
    void measuresSearchLatencyAndThroughputAgainstPing() throws Exception {
        long started = System.nanoTime();
        BenchmarkCatalogue.publish(procedures);
        long publishMs = (System.nanoTime() - started) / 1_000_000;
        int rows = jdbc.sql("SELECT count(*) FROM procedure_search").query(Integer.class).single();
        List<String> queries = BenchmarkCatalogue.queries(
                RelevanceCases.load().cases().stream().map(RelevanceCases.Case::query).toList());

        var naive = new NaiveSearch(jdbc);
        double[] ours = latencies(queries, q -> search.search(SearchQuery.of(q, 20)).items().size());
        double[] ilike = latencies(queries, q -> naive.unaccentIlike(q, 20).size());

        var base = "http://127.0.0.1:" + port;
        String searches = searchScript(queries);
        vn.tinhso.bench.Wrk.run("warm-up", base + "/api/ping", CLIENTS, 3, null);
        vn.tinhso.bench.Wrk.run("warm-up", base, CLIENTS, 3, searches);
        double ping = vn.tinhso.bench.Wrk.run("ping", base + "/api/ping", CLIENTS, (int) DURATION.toSeconds(), null)
                .perSecond();
        double api = vn.tinhso.bench.Wrk.run("search", base, CLIENTS, (int) DURATION.toSeconds(), searches).perSecond();

        System.out.printf("""

                ================= procedure search benchmark =================
                catalogue           %d procedures in force (published in %d ms, search rows kept in the same transactions)
                queries             %d distinct, %d rounds after warm-up (%d samples)
                in-process latency  search (PostgreSQL trigram + full-text, 20 results)
                                    p50 %.2f ms   p95 %.2f ms   p99 %.2f ms   (target p99 < 10 ms)
                baseline            unaccent(name) ILIKE '%%q%%', 20 results
                                    p50 %.2f ms   p95 %.2f ms   p99 %.2f ms
                HTTP (wrk), %d connections, %d s each
                  GET /api/ping                 %,10.0f req/s
                  GET /api/procedures?q=…       %,10.0f req/s
                  ratio search / ping           %10.2f   (target ≥ 0.30)
                ===============================================================
                """, rows, publishMs, queries.size(), ROUNDS, ROUNDS * queries.size(),
                p(ours, 50), p(ours, 95), p(ours, 99), p(ilike, 50), p(ilike, 95), p(ilike, 99),
                CLIENTS, DURATION.toSeconds(), ping, api, api / ping);
    }

    /** Milliseconds per query, warm-up rounds not counted, sorted; the slowest queries are printed. */
    private static double[] latencies(List<String> queries, Function<String, Integer> engine) {
        for (int round = 0; round < 3; round++) {
            queries.forEach(engine::apply);
        }
        var samples = new ArrayList<Double>();
        var worst = new java.util.TreeMap<Double, String>(java.util.Comparator.reverseOrder());
        for (int round = 0; round < ROUNDS; round++) {
            for (String query : queries) {
                long start = System.nanoTime();
                engine.apply(query);
                double millis = (System.nanoTime() - start) / 1e6;
                samples.add(millis);
                worst.put(millis, query);
            }
        }
        System.out.println("slowest queries: " + worst.entrySet().stream().limit(12)
                .map(e -> "%.1f ms '%s'".formatted(e.getKey(), e.getValue())).toList());
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    /** A wrk script cycling through the queries. */
    private static String searchScript(List<String> queries) {
        String list = String.join(",", queries.stream().map(q -> "\"" + encode(q) + "\"").toList());
        return """
                local queries = {%s}
                local n = 0
                request = function()
                  n = n + 1
                  return wrk.format("GET", "/api/procedures?q=" .. queries[(n %% #queries) + 1])
                end
                """.formatted(list);
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
