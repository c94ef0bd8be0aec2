package vn.tinhso.dossier;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.tinhso.bench.Wrk;
import vn.tinhso.bench.Pgbench;
import vn.tinhso.organization.Agencies;
import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.procedure.Applicant;
import vn.tinhso.procedure.Field;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.ProcedureDetails;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.ProcessingTime;
import vn.tinhso.procedure.Publication;
import vn.tinhso.procedure.RequiredDocument;
import vn.tinhso.procedure.Result;
import vn.tinhso.procedure.Workflow;

/**
 * Intake over HTTP against pgbench's durable single-row INSERT on the same PostgreSQL at the same concurrency,
 * and tracking lookups against the trivial endpoint, in one run. Run with {@code bench/dossier-intake/run.sh}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=warn", "spring.datasource.hikari.maximum-pool-size=24"})
class DossierIntakeBenchmark {

    private static final String PROCEDURE = "9.900001";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    Procedures procedures;
    @Autowired
    Agencies agencies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    HikariDataSource dataSource;

    @Test
    void intakeAndTrackingAgainstTheirBaselines() throws Exception {
        int clients = Integer.getInteger("bench.clients", 8);
        var seconds = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
        List<String> agencyCodes = agencies.current().stream().map(a -> a.code().value()).toList();
        publishBenchProcedure(agencyCodes);

        URI db = URI.create(dataSource.getJdbcUrl().substring("jdbc:".length()));
        jdbc.sql("CREATE TABLE IF NOT EXISTS bench_insert (id bigserial PRIMARY KEY, payload text, at timestamptz DEFAULT now())")
                .update();
        double pgbench = Pgbench.singleRowInserts(db.getHost(), db.getPort(), "postgres", "postgres", clients,
                (int) seconds.toSeconds());

        Session session = signIn(CITIZEN);
        String base = "http://127.0.0.1:" + port;
        Wrk.run("warm-up", base + "/api/dossiers", clients, 3, filingScript(session, agencyCodes));
        Wrk.run("warm-up", base + "/api/ping", clients, 2, null);
        Wrk.Result intake = Wrk.run("POST /api/dossiers", base + "/api/dossiers", clients, (int) seconds.toSeconds(),
                filingScript(session, agencyCodes));
        List<String> codes = jdbc.sql("SELECT code FROM dossier WHERE procedure_code = :p LIMIT 5000")
                .param("p", PROCEDURE).query(String.class).list();
        Wrk.Result tracking = Wrk.run("GET /api/dossiers/{code}/status", base, clients, (int) seconds.toSeconds(),
                trackingScript(codes));
        Wrk.Result ping = Wrk.run("GET /api/ping", base + "/api/ping", clients, (int) seconds.toSeconds(), null);

        var lines = new ArrayList<String>();
        lines.add("pgbench durable single-row INSERT, %d clients: %.1f tx/s".formatted(clients, pgbench));
        lines.add(intake.toString());
        lines.add(tracking.toString());
        lines.add(ping.toString());
        lines.add(intake.ratioTo(pgbench, "pgbench INSERT", 0.5));
        lines.add(tracking.ratioTo(ping.perSecond(), "GET /api/ping", 0.5));
        System.out.println("\n==== dossier intake benchmark ====\n" + String.join("\n", lines) + "\n==================================\n");
    }

    /** Each request files a new dossier (no Idempotency-Key) at the next agency, so no day's sequence runs out. */
    private static String filingScript(Session session, List<String> agencyCodes) {
        String agencies = String.join(",", agencyCodes.stream().map(code -> "\"" + code + "\"").toList());
        return """
                local agencies = {%s}
                local n = 0
                request = function()
                  n = n + 1
                  local body = string.format('{"procedureCode":"%s","agencyCode":"%%s","documents":[],'
                    .. '"applicant":{"fullName":"Người Đo Hiệu Năng","identityNumber":"%s","phone":"0912345678"}}',
                    agencies[(n %% #agencies) + 1])
                  return wrk.format("POST", nil, {["Content-Type"]="application/json", ["Cookie"]="%s",
                    ["%s"]="%s"}, body)
                end
                """.formatted(agencies, PROCEDURE, CITIZEN, session.cookie(), session.csrfHeader(), session.csrfToken());
    }

    private static String trackingScript(List<String> codes) {
        String list = String.join(",", codes.stream().map(code -> "\"" + code + "\"").toList());
        return """
                local codes = {%s}
                local n = 0
                request = function()
                  n = n + 1
                  return wrk.format("GET", "/api/dossiers/" .. codes[(n %% #codes) + 1] .. "/status?key=%s")
                end
                """.formatted(list, CITIZEN.substring(8));
    }

    private void publishBenchProcedure(List<String> agencyCodes) {
        if (procedures.current(new ProcedureCode(PROCEDURE)).isPresent()) {
            return;
        }
        procedures.addFields(List.of(new Field("BENCH", "Đo hiệu năng")));
        procedures.publish(new Publication(new ProcedureCode(PROCEDURE), LocalDate.now(WorkingCalendar.ZONE).minusDays(1),
                new ProcedureDetails("Thủ tục đo hiệu năng tiếp nhận", "BENCH", ProcedureLevel.COMMUNE, agencyCodes,
                        Set.of(Applicant.CITIZEN), new ProcessingTime(5, ProcessingTime.Unit.WORKING_DAYS),
                        LocalTime.of(16, 0), OnlineLevel.FULL_PROCESS, true, "",
                        List.of(new RequiredDocument("Giấy tờ kèm theo (nếu có)", 1, 0, false, "Khi cần", "")),
                        List.of(), new Result("Kết quả", Set.of(Result.Form.ELECTRONIC)), Workflow.standard(), false)),
                "bench");
    }

    /** A valid identity number: Hà Nội (001), male, born 1995. */
    private static final String CITIZEN = "001095900000";

    private Session signIn(String citizen) throws Exception {
        jdbc.sql("""
                INSERT INTO account (username, display_name, kind, password_hash, identity_number)
                VALUES (:u, 'Người Đo Hiệu Năng', 'CITIZEN', :hash, :u) ON CONFLICT DO NOTHING
                """).param("u", citizen).param("hash", passwords.encode("bench-password")).update();
        jdbc.sql("""
                INSERT INTO role_grant (account_id, role) SELECT id, 'CITIZEN' FROM account WHERE username = :u
                ON CONFLICT DO NOTHING
                """).param("u", citizen).update();
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var page = get(http, "/sign-in").body();
        var csrf = CSRF.matcher(page);
        csrf.find();
        http.send(HttpRequest.newBuilder(url("/sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + citizen + "&password=bench-password&_csrf="
                        + csrf.group(1))).build(), HttpResponse.BodyHandlers.discarding());
        String token = get(http, "/api/csrf").body();
        String cookie = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().toString();
        return new Session(cookie, JsonPath.read(token, "$.headerName"), JsonPath.read(token, "$.token"));
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A signed-in session: its cookie and its CSRF header. */
    private record Session(String cookie, String csrfHeader, String csrfToken) {
    }
}
