package vn.tinhso.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.platform.TinhsoProperties;

/**
 * A year of demo history up to yesterday, so that the service-quality dashboard of a fresh platform is live: about
 * fifty dossiers a working day across the demo agencies and the procedures of the demo catalogue, nine in ten filed
 * online, with supplements, late dossiers (land and construction more than civil status), electronic results,
 * ratings and a little feedback; the latest still in progress, some overdue. Written set-based in SQL
 * ({@link DemoHistoryPlan}, {@link DemoHistoryRows}) in one transaction — seconds, not minutes — then announced by
 * {@link DemoHistoryLoaded} for the statistics to be recomputed. Only into a platform with demo data on and no
 * dossier from before today, after the demo dossiers of today.
 */
@Component
@Order(45)
class DemoHistory implements ApplicationRunner {

    static final int DAYS = 365;
    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final WorkingCalendar calendar;
    private final DemoHistoryFiles files;
    private final ApplicationEventPublisher events;
    private final TinhsoProperties platform;
    private final DemoHistorySettings settings;
    private final Clock clock;

    DemoHistory(JdbcClient jdbc, TransactionTemplate transaction, WorkingCalendar calendar, DemoHistoryFiles files,
                ApplicationEventPublisher events, TinhsoProperties platform, DemoHistorySettings settings,
                Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.calendar = calendar;
        this.files = files;
        this.events = events;
        this.platform = platform;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (platform.demo().enabled() && settings.history()) {
            long started = System.nanoTime();
            int dossiers = load();
            if (dossiers > 0) {
                log.info("Wrote {} demo dossiers of the past year in {} ms", dossiers,
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    /** Writes the history ending yesterday, unless there are dossiers from before today; returns how many. */
    int load() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
        LocalDate start = today.minusDays(DAYS);
        LocalDate end = today.minusDays(1);
        Integer written = transaction.execute(status -> {
            boolean history = jdbc.sql("SELECT EXISTS (SELECT 1 FROM dossier WHERE submitted_at < :today)")
                    .param("today", Timestamp.from(today.atStartOfDay(WorkingCalendar.ZONE).toInstant()))
                    .query(Boolean.class)
                    .single();
            if (history) {
                return 0;
            }
            jdbc.sql("SELECT setseed(0.2026)").query().singleRow();
            workingDays(start.minusDays(10), today.plusDays(400));
            run(DemoHistoryPlan.FIELDS, start, end, now);
            run(DemoHistoryPlan.OFFERS, start, end, now);
            files.store(jdbc.sql("SELECT DISTINCT agency_code FROM demo_offer").query(String.class).list(), now);
            for (String statement : List.of(DemoHistoryPlan.DRAWS, DemoHistoryPlan.PLAN, DemoHistoryPlan.STATE,
                    DemoHistoryPlan.STEPS, DemoHistoryPlan.STEP_TIMES,
                    "CREATE INDEX ON demo_step_time (code_text, i)", DemoHistoryRows.DOSSIERS, DemoHistoryRows.IDS,
                    DemoHistoryRows.EVENTS, DemoHistoryRows.STEP_ROWS, DemoHistoryRows.RESULTS,
                    DemoHistoryRows.DOCUMENTS, DemoHistoryRows.RATINGS, DemoHistoryRows.FEEDBACK,
                    DemoHistoryRows.SEQUENCES)) {
                run(statement, start, end, now);
            }
            return jdbc.sql("SELECT count(*) FROM demo_id").query(Integer.class).single();
        });
        int dossiers = written == null ? 0 : written;
        if (dossiers > 0) {
            events.publishEvent(new DemoHistoryLoaded(start, end, dossiers));
        }
        return dossiers;
    }

    /** {@code demo_day}: the working days of the calendar, numbered in order. */
    private void workingDays(LocalDate from, LocalDate to) {
        var days = new ArrayList<String>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                days.add(day.toString());
            }
        }
        jdbc.sql("""
                CREATE TEMP TABLE demo_day ON COMMIT DROP AS
                SELECT d::date AS day, row_number() OVER (ORDER BY d::date)::int AS n
                FROM unnest(string_to_array(:days, ',')) AS d
                """).param("days", String.join(",", days)).update();
        jdbc.sql("CREATE UNIQUE INDEX ON demo_day (n)").update();
    }

    private void run(String statement, LocalDate start, LocalDate end, Instant now) {
        var spec = jdbc.sql(statement);
        if (statement.contains(":start")) {
            spec = spec.param("start", start);
        }
        if (statement.contains(":end")) {
            spec = spec.param("end", end);
        }
        if (statement.contains(":now")) {
            spec = spec.param("now", Timestamp.from(now));
        }
        spec.update();
    }
}
