package vn.tinhso.dti.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.identity.Colleagues;
import vn.tinhso.identity.Role;

/**
 * Reminds units of their deadlines: every morning (and at start-up), each unit of an open period that has not
 * submitted and whose self-assessment is due within {@code tinhso.dti.remind-days} days (or overdue) gets one
 * reminder for its assessors; the council gets one per unit submitted but the appraisal due soon. Reminders go to
 * the log, which is the platform's mail sink in development, and are kept in {@code dti_reminder}, at most one per
 * unit, deadline and day.
 */
@Component
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final JdbcClient jdbc;
    private final Colleagues colleagues;
    private final DtiProperties properties;
    private final Clock clock;

    Reminders(JdbcClient jdbc, Colleagues colleagues, DtiProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.colleagues = colleagues;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 7 * * *", zone = "Asia/Ho_Chi_Minh")
    void everyMorning() {
        send(Deadlines.today(clock));
    }

    /**
     * Sends the reminders due on a day that were not sent yet.
     *
     * @return how many were sent
     */
    @Transactional
    public int send(LocalDate today) {
        int sent = 0;
        for (Due due : due(today)) {
            String deadline = due.submitted() ? "APPRAISAL" : "SELF_ASSESSMENT";
            LocalDate day = due.submitted() ? due.appraisalDue() : due.selfDue();
            long daysLeft = ChronoUnit.DAYS.between(today, day);
            List<String> recipients = recipients(due);
            String message = message(due, day, daysLeft);
            int inserted = jdbc.sql("""
                    INSERT INTO dti_reminder (period_id, agency_code, deadline, sent_on, days_left, recipients, message)
                    VALUES (:period, :agency, :deadline, :today, :days, :recipients, :message)
                    ON CONFLICT DO NOTHING
                    """)
                    .param("period", due.periodId()).param("agency", due.agencyCode()).param("deadline", deadline)
                    .param("today", today).param("days", daysLeft).param("recipients", String.join(", ", recipients))
                    .param("message", message).update();
            if (inserted == 1) {
                log.info("DTI reminder (log sink) to {}: {}", recipients, message);
                sent++;
            }
        }
        return sent;
    }

    /** The reminders kept for a unit, the latest first. */
    public List<Reminder> of(long periodId, String agencyCode) {
        return jdbc.sql("""
                SELECT * FROM dti_reminder WHERE period_id = :period AND agency_code = :agency
                ORDER BY sent_on DESC, deadline
                """)
                .param("period", periodId).param("agency", agencyCode)
                .query((rs, row) -> new Reminder(rs.getString("deadline"), rs.getObject("sent_on", LocalDate.class),
                        rs.getInt("days_left"), rs.getString("recipients"), rs.getString("message")))
                .list();
    }

    private List<Due> due(LocalDate today) {
        LocalDate horizon = today.plusDays(properties.remindDays());
        return jdbc.sql("""
                SELECT p.id AS period_id, p.title, p.self_assessment_due AS self_due, p.appraisal_due,
                       u.agency_code, u.agency_name, u.status = 'SUBMITTED' AS submitted
                FROM dti_period p JOIN dti_unit u ON u.period_id = p.id
                WHERE p.status = 'OPEN'
                  AND ((u.status = 'DRAFT' AND p.self_assessment_due <= :horizon)
                    OR (u.status = 'SUBMITTED' AND p.appraisal_due <= :horizon))
                ORDER BY p.id, u.agency_code
                """)
                .param("horizon", horizon).query(Due.class).list();
    }

    private List<String> recipients(Due due) {
        var roles = due.submitted() ? new Role[] {Role.DTI_COUNCIL} : new Role[] {Role.DTI_ASSESSOR};
        var agencies = List.of(due.submitted() ? properties.councilAgency() : due.agencyCode());
        var names = colleagues.in(agencies, roles).stream().map(Colleagues.Colleague::username).toList();
        return names.isEmpty() ? List.of("(chưa có tài khoản " + roles[0].name() + ")") : names;
    }

    private static String message(Due due, LocalDate day, long daysLeft) {
        String what = due.submitted()
                ? "Thẩm định kết quả tự đánh giá DTI của " + due.agencyName()
                : "Tự đánh giá DTI của " + due.agencyName();
        String when = daysLeft >= 0 ? "hạn " + Deadlines.format(day) + ", còn " + daysLeft + " ngày"
                : "đã quá hạn " + Deadlines.format(day) + " " + (-daysLeft) + " ngày";
        return what + " (" + due.title() + "): " + when + ".";
    }

    record Due(long periodId, String title, LocalDate selfDue, LocalDate appraisalDue, String agencyCode,
               String agencyName, boolean submitted) {
    }

    /**
     * A reminder sent.
     *
     * @param deadline SELF_ASSESSMENT or APPRAISAL
     * @param daysLeft days left to the deadline that day, negative when overdue
     */
    public record Reminder(String deadline, LocalDate sentOn, int daysLeft, String recipients, String message) {
    }
}
