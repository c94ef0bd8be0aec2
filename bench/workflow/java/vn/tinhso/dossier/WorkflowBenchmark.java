package vn.tinhso.dossier;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tinhso.bench.Pgbench;
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
 * Completed workflow steps per second: the platform's workflow interpreter against Flowable 8 embedded on the same
 * PostgreSQL, in one run, same instances, same threads. Each instance waits at the first of five steps and gets
 * its first four completed. Run with {@code bench/workflow/run.sh}; needs the {@code bench-flowable} profile.
 */
@Tag("bench")
@SpringBootTest(properties = {"logging.level.root=warn", "logging.level.org.flowable=warn"})
class WorkflowBenchmark {

    static final String PROCEDURE = "9.900002";
    static final int TIMED_STEPS = 4;
    static final double TARGET = 5;

    @Autowired
    Procedures procedures;
    @Autowired
    Intake intake;
    @Autowired
    Processing processing;
    @Autowired
    Dossiers dossiers;
    @Autowired
    HikariDataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void statementCountingServer(DynamicPropertyRegistry registry) throws IOException {
        if (Statements.COUNTED) {
            Statements.startServer(registry);
        }
    }

    @Test
    void completedStepsPerSecondAgainstFlowable() throws Exception {
        int instances = Integer.getInteger("bench.instances", 500);
        int warmUp = Integer.getInteger("bench.warm-up", 500);
        int rounds = Integer.getInteger("bench.rounds", 2);
        int threads = Integer.getInteger("bench.threads", 2);
        publishFiveSteps();
        Statements statements = Statements.COUNTED ? new Statements(jdbc) : null;
        try (var flowable = new FlowableFourSteps(dataSource)) {
            List<WorkflowRun.Engine> engines = List.of(new TinhsoFiveSteps(intake, processing, dossiers), flowable);
            var runs = new LinkedHashMap<String, List<WorkflowRun>>();
            for (WorkflowRun.Engine engine : engines) {
                timed(engine, warmUp, threads, null);
                runs.put(engine.name(), new ArrayList<>());
            }
            for (int round = 0; round < rounds; round++) {
                // Alternate the order so that neither engine always runs on the fuller database.
                var order = new ArrayList<>(engines);
                if (round % 2 == 1) {
                    Collections.reverse(order);
                }
                for (WorkflowRun.Engine engine : order) {
                    runs.get(engine.name()).add(timed(engine, instances, threads, statements));
                }
            }
            System.out.println(report(runs, threads, commitCeiling(threads)));
        }
    }

    /** Starts the instances (not timed), times four steps of each, checks that all wait at step five. */
    private WorkflowRun timed(WorkflowRun.Engine engine, int instances, int threads, Statements statements)
            throws Exception {
        List<String> ids = engine.start(instances);
        if (statements != null) {
            statements.reset();
        }
        WorkflowRun run = WorkflowRun.measure(engine, ids, TIMED_STEPS, threads);
        if (statements != null) {
            System.out.println(statements.perStep(engine.name(), run.steps()));
        }
        WorkflowRun.check(engine, ids, "S5");
        return run;
    }

    /**
     * Both engines commit every step durably: pgbench's durable single-row INSERT on the same server at the same
     * concurrency is the ceiling of either. Not measured when pgbench is not installed.
     */
    private String commitCeiling(int threads) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/pgbench"))) {
            return "pgbench not installed (apt-get install postgresql): no commit ceiling measured";
        }
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS bench_insert
                    (id bigserial PRIMARY KEY, payload text, at timestamptz DEFAULT now())
                """).update();
        URI db = URI.create(dataSource.getJdbcUrl().substring("jdbc:".length()));
        double perSecond = Pgbench.singleRowInserts(db.getHost(), db.getPort(), "postgres", "postgres", threads, 5);
        return "ceiling: pgbench durable single-row INSERT, same server, %d clients: %,.0f commits/s".formatted(threads,
                perSecond);
    }

    private static String report(Map<String, List<WorkflowRun>> runs, int threads, String ceiling) {
        var lines = new ArrayList<String>();
        lines.add("==== workflow benchmark: %d threads, %d timed steps per instance ====".formatted(threads,
                TIMED_STEPS));
        lines.add("load average at the end (other processes on the machine skew both engines): " + loadAverage());
        lines.add(WorkflowRun.header());
        var totals = new ArrayList<WorkflowRun>();
        runs.values().forEach(each -> {
            each.forEach(run -> lines.add(run.row()));
            totals.add(WorkflowRun.combined(each));
        });
        lines.add("all rounds:");
        totals.forEach(total -> lines.add(total.row()));
        WorkflowRun tinhso = totals.stream().filter(t -> t.engine().equals("tinhso")).findFirst().orElse(null);
        WorkflowRun flowable = totals.stream().filter(t -> t.engine().equals("Flowable 8")).findFirst().orElseThrow();
        if (tinhso == null) {
            lines.add("tinhso: not measured yet; Flowable 8: %,.0f steps/s".formatted(flowable.perSecond()));
        } else {
            double ratio = tinhso.perSecond() / flowable.perSecond();
            lines.add(("tinhso 4-step workflow: %,.0f steps/s; Flowable 8: %,.0f steps/s;"
                    + " ratio %.1f× (target ≥ %.0f×): %s")
                    .formatted(tinhso.perSecond(), flowable.perSecond(), ratio, TARGET,
                            ratio >= TARGET ? "met" : "missed"));
        }
        lines.add(ceiling);
        lines.add("=".repeat(lines.get(0).length()));
        return "\n" + String.join("\n", lines) + "\n";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException unreadable) {
            return "unknown";
        }
    }

    /** Five steps S1..S5, each left by one action {@code next} that the desk officer's role may take. */
    private void publishFiveSteps() {
        if (procedures.current(new ProcedureCode(PROCEDURE)).isPresent()) {
            return;
        }
        var steps = new ArrayList<Workflow.Step>();
        for (int step = 1; step <= 5; step++) {
            String next = step == 5 ? Workflow.DONE : "S" + (step + 1);
            steps.add(new Workflow.Step("S" + step, "OFFICER", 20, "",
                    List.of(new Workflow.Action("next", next, List.of("OFFICER")))));
        }
        procedures.addFields(List.of(new Field("BENCH-WF", "Đo hiệu năng quy trình")));
        var details = new ProcedureDetails("Thủ tục đo hiệu năng quy trình năm bước", "BENCH-WF",
                ProcedureLevel.COMMUNE, List.of(DossierTestProcedures.COMMUNE), Set.of(Applicant.CITIZEN),
                new ProcessingTime(5, ProcessingTime.Unit.WORKING_DAYS), LocalTime.of(16, 0), OnlineLevel.NONE,
                true, "", List.of(new RequiredDocument("Giấy tờ kèm theo (nếu có)", 1, 0, false, "Khi cần", "")),
                List.of(),
                new Result("Kết quả", Set.of(Result.Form.ELECTRONIC)), new Workflow(steps), false);
        LocalDate yesterday = LocalDate.now(WorkingCalendar.ZONE).minusDays(1);
        procedures.publish(new Publication(new ProcedureCode(PROCEDURE), yesterday, details), "bench");
    }
}
