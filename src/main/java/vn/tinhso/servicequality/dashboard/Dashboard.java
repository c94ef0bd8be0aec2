package vn.tinhso.servicequality.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.servicequality.DossierRef;
import vn.tinhso.servicequality.Figures;
import vn.tinhso.servicequality.Granularity;
import vn.tinhso.servicequality.Measure;
import vn.tinhso.servicequality.Period;
import vn.tinhso.servicequality.Statistics;
import vn.tinhso.servicequality.index.QualityIndex;
import vn.tinhso.servicequality.index.UnitScore;

/**
 * What the operations dashboard shows of a unit and period: the headline figures beside those of the period before,
 * the trend by week or month, the units below ranked by their Decision 766 score or a rate, and the dossiers behind a
 * figure.
 */
@Component
class Dashboard {

    /** The most dossiers a drill-down page lists. */
    static final int DOSSIERS = 500;

    private final Statistics statistics;
    private final QualityIndex index;
    private final Procedures procedures;
    private final JdbcClient jdbc;

    Dashboard(Statistics statistics, QualityIndex index, Procedures procedures, JdbcClient jdbc) {
        this.statistics = statistics;
        this.index = index;
        this.procedures = procedures;
        this.jdbc = jdbc;
    }

    Headline headline(String unit, Period period) {
        UnitScore score = index.of(unit, period);
        return Headline.of(score.figures(), score.score());
    }

    /**
     * Whether the platform has figures for the whole of a period: dossiers received on or before its first day. A
     * period before the platform's first dossier (or the demo history's first day) would compare with nothing.
     */
    boolean covered(Period period) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM dossier_fact WHERE received_at < :start)
                        """)
                .param("start", java.sql.Timestamp.from(period.from().atStartOfDay(WorkingCalendar.ZONE)
                        .toInstant().plusSeconds(24 * 3600)))
                .query(Boolean.class).single();
    }

    List<TrendRow> trend(String unit, Period period, Granularity granularity) {
        return statistics.trend(unit, period, granularity).stream()
                .map(point -> TrendRow.of(point.period(), point.figures())).toList();
    }

    List<UnitRow> units(String unit, Period period, RankBy rankBy) {
        return index.ranking(unit, period).stream()
                .map(score -> UnitRow.of(score, commune(score)))
                .sorted(rankBy.order()).toList();
    }

    List<DossierRef> dossiers(String unit, Period period, Measure measure) {
        return statistics.dossiers(unit, null, period, measure, DOSSIERS);
    }

    /** The dossiers behind a figure as the drill-down page lists them: names, and times in Vietnam. */
    List<DossierLine> lines(String unit, Period period, Measure measure) {
        var agencies = new HashMap<String, String>();
        var fields = new HashMap<String, String>();
        procedures.fields().forEach(field -> fields.put(field.code(), field.name()));
        return dossiers(unit, period, measure).stream()
                .map(d -> new DossierLine(d.code(), agencies.computeIfAbsent(d.agencyCode(),
                        code -> statistics.unit(code).name()), fields.getOrDefault(d.fieldCode(), d.fieldCode()),
                        d.procedureCode(), d.online(), local(d.receivedAt()), local(d.dueAt()),
                        local(d.resolvedAt())))
                .toList();
    }

    private static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, WorkingCalendar.ZONE);
    }

    /**
     * A dossier behind a figure.
     *
     * @param code dossier code
     * @param agency receiving agency's name
     * @param field field's name
     * @param procedureCode procedure code
     * @param online filed online
     * @param receivedAt received, Vietnam's time
     * @param dueAt due, Vietnam's time
     * @param resolvedAt result issued, Vietnam's time
     */
    record DossierLine(String code, String agency, String field, String procedureCode, boolean online,
                       LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime resolvedAt) {
    }

    /** A commune or ward: its People's Committee, below the province's. */
    private static boolean commune(UnitScore score) {
        return "PEOPLES_COMMITTEE".equals(score.unit().kind()) && score.unit().parentCode() != null;
    }

    /**
     * One week or month of the trend.
     *
     * @param from first day
     * @param to last day
     * @param receivedOnline received online
     * @param receivedDirectOrPostal received at the desk or by post
     * @param resolved results issued
     * @param overdue unfinished and past due at its end
     * @param onlineRate online among received
     * @param onTimeRate early or on time among resolved
     * @param satisfactionRate satisfied among ratings
     */
    record TrendRow(LocalDate from, LocalDate to, long receivedOnline, long receivedDirectOrPostal, long resolved,
                    long overdue, BigDecimal onlineRate, BigDecimal onTimeRate, BigDecimal satisfactionRate) {

        static TrendRow of(Period period, Figures f) {
            return new TrendRow(period.from(), period.to(), f.receivedOnline(), f.receivedDirectOrPostal(),
                    f.resolved(), f.inProgressOverdue(), f.onlineRate(), f.onTimeRate(), f.satisfactionRate());
        }
    }
}
