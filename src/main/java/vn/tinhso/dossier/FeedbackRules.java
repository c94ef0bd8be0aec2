package vn.tinhso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.organization.WorkingCalendar;

/**
 * How long an agency has to answer feedback or a complaint: the {@code feedback_rule} in force on the day it was
 * sent, counted on the working calendar. Legal deadlines are data with effective dates, never constants here.
 */
@Component
class FeedbackRules {

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;

    FeedbackRules(JdbcClient jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** The rule for this kind in force on the day. */
    Rule inForce(FeedbackKind kind, LocalDate day) {
        return jdbc.sql("""
                SELECT kind, effective_from, response_days, day_kind, legal_basis FROM feedback_rule
                WHERE kind = :kind AND effective_from <= :day ORDER BY effective_from DESC LIMIT 1
                """)
                .param("kind", kind.name()).param("day", day)
                .query((rs, row) -> new Rule(FeedbackKind.valueOf(rs.getString("kind")),
                        rs.getObject("effective_from", LocalDate.class), rs.getInt("response_days"),
                        DayKind.valueOf(rs.getString("day_kind")), rs.getString("legal_basis")))
                .optional()
                .orElseThrow(() -> new IllegalStateException("No feedback_rule for " + kind + " in force on " + day));
    }

    /**
     * When the answer to something sent at {@code submittedAt} is due: the days count from the day after (Bộ luật
     * Dân sự 2015 Art. 147) and end at the close of office hours of the last one; a time in calendar days whose
     * last day is a day off ends on the next working day (Art. 148).
     */
    Instant dueAt(FeedbackKind kind, Instant submittedAt) {
        LocalDate sent = Deadlines.local(submittedAt).toLocalDate();
        Rule rule = inForce(kind, sent);
        LocalDateTime due = switch (rule.dayKind()) {
            case WORKING -> calendar.addWorkingDays(
                    calendar.nextWorkingMoment(sent.plusDays(1).atStartOfDay()), rule.days());
            case CALENDAR -> endOfWorkingDay(sent.plusDays(rule.days()));
        };
        return due.atZone(WorkingCalendar.ZONE).toInstant();
    }

    /** The close of office hours of the day, or of the next working day when the day is a day off. */
    private LocalDateTime endOfWorkingDay(LocalDate day) {
        return calendar.addWorkingDays(calendar.nextWorkingMoment(day.atStartOfDay()), 1);
    }

    /** How the days of a rule are counted. */
    enum DayKind {
        /** Working days of the working calendar. */
        WORKING,
        /** Calendar days. */
        CALENDAR
    }

    /** A row of {@code feedback_rule}. */
    record Rule(FeedbackKind kind, LocalDate effectiveFrom, int days, DayKind dayKind, String legalBasis) {
    }
}
