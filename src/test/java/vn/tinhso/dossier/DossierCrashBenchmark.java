package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Acknowledged data survives a crash: under intake load the platform's JVM is killed with SIGKILL, restarted on
 * the same data directory, and every submission that got a 201 must be there, none twice. Runs the packaged jar
 * as a child process ({@code bench/dossier-crash/run.sh} builds it first).
 */
@Tag("bench")
class DossierCrashBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String CITIZEN = "030095001234";

    @Test
    void everyAcknowledgedSubmissionSurvivesAKill9() throws Exception {
        Path data = Files.createTempDirectory("tinhso-crash");
        int httpPort = freePort();
        int dbPort = freePort();
        Process app = start(data, httpPort, dbPort);
        publishBenchProcedure(dbPort);

        var acknowledged = new ConcurrentHashMap<String, String>();
        var sent = new AtomicLong();
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<Thread> clients = new java.util.ArrayList<>();
        for (int c = 0; c < 4; c++) {
            var session = signIn(httpPort);
            var thread = new Thread(() -> fileUntilStopped(session, httpPort, acknowledged, sent, stop));
            thread.start();
            clients.add(thread);
        }
        Thread.sleep(Integer.getInteger("bench.seconds", 8) * 1000L);
        app.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
        stop.set(true);
        for (Thread client : clients) {
            client.join();
        }

        Process restarted = start(data, httpPort, dbPort);
        try (var db = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "")) {
            long missing = 0;
            for (var entry : acknowledged.entrySet()) {
                var query = db.prepareStatement("SELECT count(*) FROM dossier WHERE code = ? AND idempotency_key = ?");
                query.setString(1, entry.getValue());
                query.setString(2, entry.getKey());
                var rows = query.executeQuery();
                rows.next();
                missing += rows.getLong(1) == 1 ? 0 : 1;
            }
            var duplicates = db.createStatement().executeQuery(
                    "SELECT count(*) FROM (SELECT idempotency_key FROM dossier GROUP BY owner_account_id, idempotency_key "
                            + "HAVING count(*) > 1) d");
            duplicates.next();
            var stored = db.createStatement().executeQuery("SELECT count(*) FROM dossier WHERE procedure_code = '9.900002'");
            stored.next();
            long retriedSame = retryAFew(httpPort, acknowledged);
            System.out.printf("%n==== dossier crash test (kill -9 under load) ====%nrequests sent: %d%n"
                            + "acknowledged (201): %d%nacknowledged and present after restart: %d%nmissing: %d%n"
                            + "dossiers stored (incl. committed but not yet acknowledged): %d%nduplicates: %d%n"
                            + "acknowledged requests retried after restart answering the same dossier: %d%n"
                            + "=================================================%n",
                    sent.get(), acknowledged.size(), acknowledged.size() - missing, missing, stored.getLong(1),
                    duplicates.getLong(1), retriedSame);
            assertThat(missing).isZero();
            assertThat(duplicates.getLong(1)).isZero();
        } finally {
            restarted.destroy();
            restarted.waitFor();
        }
    }

    private void fileUntilStopped(Session session, int port, Map<String, String> acknowledged, AtomicLong sent,
                                  java.util.concurrent.atomic.AtomicBoolean stop) {
        while (!stop.get()) {
            String key = UUID.randomUUID().toString();
            try {
                sent.incrementAndGet();
                var response = session.file(port, key);
                if (response.statusCode() == 201) {
                    acknowledged.put(key, JsonPath.read(response.body(), "$.code"));
                }
            } catch (Exception connectionLost) {
                return;
            }
        }
    }

    private long retryAFew(int port, Map<String, String> acknowledged) throws Exception {
        var session = signIn(port);
        long same = 0;
        for (var entry : acknowledged.entrySet().stream().limit(50).toList()) {
            var response = session.file(port, entry.getKey());
            if (response.statusCode() == 200 && entry.getValue().equals(JsonPath.read(response.body(), "$.code"))) {
                same++;
            }
        }
        return same;
    }

    private static Process start(Path data, int httpPort, int dbPort) throws Exception {
        File jar = Files.list(Path.of("target")).filter(p -> p.toString().matches(".*tinhso-.*\\.jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException("Build the jar first: ./mvnw -DskipTests package"))
                .toFile();
        Process process = new ProcessBuilder("java", "-jar", jar.getPath(), "--server.port=" + httpPort,
                "--tinhso.data-dir=" + data, "--tinhso.database.port=" + dbPort, "--logging.level.root=warn")
                .redirectErrorStream(true).redirectOutput(data.resolve("app.log").toFile()).start();
        var http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return process;
                }
            } catch (java.io.IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("The platform did not start; see " + data.resolve("app.log"));
    }

    /** The bench procedure (no paper required), written straight into the catalogue table. */
    private static void publishBenchProcedure(int dbPort) throws Exception {
        try (var db = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "")) {
            db.createStatement().execute("INSERT INTO procedure_field VALUES ('BENCH', 'Đo hiệu năng') ON CONFLICT DO NOTHING");
            db.createStatement().execute("""
                    INSERT INTO procedure_version (code, version, valid_from, name, field_code, level, agency_codes,
                        applicants, processing_amount, processing_unit, online_level, on_national_portal, result,
                        workflow, recorded_by)
                    VALUES ('9.900002', 1, DATE '2020-01-01', 'Thủ tục thử độ bền', 'BENCH', 'COMMUNE',
                        ARRAY['525.00.00.H26', '507.00.00.H26'], ARRAY['CITIZEN'], 5, 'WORKING_DAYS', 'FULL_PROCESS',
                        true, '{"name": "Kết quả", "forms": ["ELECTRONIC"]}',
                        '{"steps": [{"state": "RECEIVED", "role": "OFFICER", "sharePercent": 100, "agencyCode": "",
                          "actions": [{"name": "finish", "next": "DONE", "roles": ["OFFICER"]}]}]}', 'bench')
                    ON CONFLICT DO NOTHING""");
        }
    }

    private static Session signIn(int port) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://127.0.0.1:" + port;
        var page = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var csrf = CSRF.matcher(page);
        csrf.find();
        http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + CITIZEN + "&password=Tinhso%402025&_csrf="
                        + csrf.group(1))).build(), HttpResponse.BodyHandlers.discarding());
        String token = http.send(HttpRequest.newBuilder(URI.create(base + "/api/csrf")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new Session(http, JsonPath.read(token, "$.headerName"), JsonPath.read(token, "$.token"));
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Session(HttpClient http, String csrfHeader, String csrfToken) {

        HttpResponse<String> file(int port, String idempotencyKey) throws Exception {
            String body = """
                    {"procedureCode": "9.900002", "agencyCode": "525.00.00.H26", "documents": [],
                     "applicant": {"fullName": "Nguyễn Văn An", "identityNumber": "030095001234"}}""";
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/dossiers"))
                    .header("Content-Type", "application/json").header(csrfHeader, csrfToken)
                    .header("Idempotency-Key", idempotencyKey).timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
