package vn.tinhso.servicequality.index;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureDetails;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.servicequality.Figures;
import vn.tinhso.servicequality.Period;
import vn.tinhso.servicequality.Statistics;
import vn.tinhso.servicequality.Unit;

/**
 * Where each measure of the index finds its two counts for a unit and period: the dossier statistics
 * ({@link Figures}), the procedure catalogue in force today, and the feedback about the unit's dossiers (view
 * {@code dossier_feedback_fact}, V14). A measure the platform does not record has no counts.
 */
@Component
class IndexCounts {

    private final Statistics statistics;
    private final Procedures procedures;
    private final JdbcClient jdbc;

    IndexCounts(Statistics statistics, Procedures procedures, JdbcClient jdbc) {
        this.statistics = statistics;
        this.procedures = procedures;
        this.jdbc = jdbc;
    }

    /** The counts of the unit for the period, from the unit's figures and the catalogue and feedback. */
    Counts of(String unitCode, Period period, Figures figures) {
        Set<String> agencies = within(unitCode);
        return new Counts(figures, fullyPublished(agencies), feedbackOnTime(agencies, period));
    }

    /** The unit and every unit below it, by code. */
    Set<String> within(String unitCode) {
        var codes = new LinkedHashSet<String>();
        collect(unitCode, codes);
        return codes;
    }

    private void collect(String code, Set<String> codes) {
        if (codes.add(code)) {
            statistics.children(code).stream().map(Unit::code).forEach(child -> collect(child, codes));
        }
    }

    /**
     * Procedures in force today that the unit carries out, and those of them whose published record has every
     * component the index looks for: the papers, the time, the agency, the applicants, the result and the legal basis
     * (Nghị định 63/2010/NĐ-CP Art. 8 lists the components of a procedure).
     */
    private Count fullyPublished(Collection<String> agencies) {
        long offered = 0;
        long complete = 0;
        for (Procedure procedure : procedures.offeredToday()) {
            ProcedureDetails details = procedure.details();
            if (details.agencyCodes().stream().anyMatch(agencies::contains)) {
                offered++;
                if (!details.documents().isEmpty() && details.processingTime() != null
                        && !details.applicants().isEmpty() && !details.legalBasis().isBlank()
                        && details.result() != null && !details.result().name().isBlank()) {
                    complete++;
                }
            }
        }
        return new Count(complete, offered);
    }

    /**
     * Feedback (phản ánh, kiến nghị) sent in the period about the unit's dossiers, and of it what was answered by its
     * due date or is still open and not yet due at the period's end.
     */
    private Count feedbackOnTime(Collection<String> agencies, Period period) {
        if (agencies.isEmpty()) {
            return new Count(0, 0);
        }
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE answered_at <= due_at
                                                   OR answered_at IS NULL AND due_at >= :end) AS on_time,
                               count(*) AS sent
                        FROM dossier_feedback_fact
                        WHERE kind = 'FEEDBACK' AND agency_code IN (:agencies)
                          AND submitted_at >= :start AND submitted_at < :end
                        """)
                .param("agencies", agencies).param("start", moment(period.from()))
                .param("end", moment(period.to().plusDays(1)))
                .query((rs, row) -> new Count(rs.getLong("on_time"), rs.getLong("sent"))).single();
    }

    private static Timestamp moment(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(WorkingCalendar.ZONE).toInstant());
    }

    /**
     * The counts of one unit and period.
     *
     * @param figures the dossier statistics
     * @param fullyPublished procedures published with every component / procedures carried out
     * @param feedbackOnTime feedback answered on time / feedback sent
     */
    record Counts(Figures figures, Count fullyPublished, Count feedbackOnTime) {

        Optional<Count> of(IndexMeasure measure) {
            Figures f = figures;
            Count count = switch (measure) {
                case PROCEDURES_FULLY_PUBLISHED -> fullyPublished;
                // Quyết định 766: an unfinished dossier counts by the period's end, within or past its deadline
                case ON_TIME -> new Count(f.resolvedInTime() + f.inProgressWithinDeadline(),
                        f.resolved() + f.inProgress());
                case ELECTRONIC_RESULTS -> new Count(f.electronicResults(), f.resolved());
                case DIGITISED -> new Count(f.digitised(), f.receivedInPeriod());
                case PROCEDURES_ONLINE -> new Count(f.proceduresOnline(), f.procedures());
                case ONLINE_SERVICES_USED -> new Count(f.proceduresWithOnlineDossier(), f.proceduresOnline());
                case ONLINE_DOSSIERS -> new Count(f.receivedOnline(), f.receivedInPeriod());
                case FEEDBACK_ON_TIME -> feedbackOnTime;
                case SATISFIED -> new Count(f.verySatisfied() + f.satisfied(), f.ratings());
                default -> null;
            };
            return measure.recorded() ? Optional.ofNullable(count) : Optional.empty();
        }
    }
}
