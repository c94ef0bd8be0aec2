package vn.tinhso.organization;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.platform.Refusal;

/**
 * The days the government moves each year (table {@code calendar_adjustment}): extra days off and make-up working
 * days. Adding or removing one is the only way the calendar's data changes at run time.
 */
@Repository
class CalendarAdjustments {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    CalendarAdjustments(JdbcClient jdbc, ApplicationEventPublisher events, AuditLog audit) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
    }

    /** The adjustments of a solar year, in date order. */
    List<Adjustment> in(int year) {
        return jdbc.sql("""
                        SELECT day, kind, reason_vi, reason_en, source
                        FROM calendar_adjustment
                        WHERE day BETWEEN :first AND :last
                        ORDER BY day
                        """)
                .param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31))
                .query(Adjustment.class)
                .list();
    }

    /**
     * Adds an adjustment of one day.
     *
     * @throws Refusal {@code calendar.adjustment.duplicate} when the day already has one
     */
    @Transactional
    void add(AdjustmentForm form) {
        try {
            jdbc.sql("""
                            INSERT INTO calendar_adjustment (day, kind, reason_vi, reason_en, source)
                            VALUES (:day, :kind, :reasonVi, :reasonEn, :source)
                            """)
                    .param("day", form.day())
                    .param("kind", form.adjustmentKind().name())
                    .param("reasonVi", form.reasonVi().strip())
                    .param("reasonEn", blankToNull(form.reasonEn()))
                    .param("source", blankToNull(form.source()))
                    .update();
        } catch (DuplicateKeyException duplicate) {
            throw Refusal.of("calendar.adjustment.duplicate", form.day());
        }
        audit.record("calendar.adjustment-added", form.day().toString(),
                form.adjustmentKind() + ": " + form.reasonVi().strip());
        events.publishEvent(new CalendarAdjusted(form.day()));
    }

    /** Removes the adjustment of a day, if there is one; the day follows the computed calendar again. */
    @Transactional
    void remove(LocalDate day) {
        int removed = jdbc.sql("DELETE FROM calendar_adjustment WHERE day = :day").param("day", day).update();
        if (removed > 0) {
            audit.record("calendar.adjustment-removed", day.toString(), "");
            events.publishEvent(new CalendarAdjusted(day));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
