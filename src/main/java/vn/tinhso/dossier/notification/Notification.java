package vn.tinhso.dossier.notification;

import java.time.Instant;
import java.time.LocalDateTime;

import vn.tinhso.organization.WorkingCalendar;

/**
 * A message to an applicant, as stored (public for the page template only; the package is internal to the module).
 *
 * @param id its number
 * @param dossierCode the dossier it is about
 * @param channel how it is delivered
 * @param recipient e-mail address or phone number
 * @param subject first line
 * @param body the text
 * @param createdAt when it was written
 * @param sentAt when it was delivered; null until then
 * @param attempts deliveries tried
 * @param lastError why the last delivery failed; null when it did not
 */
public record Notification(long id, String dossierCode, NotificationChannel channel, String recipient, String subject,
                    String body, Instant createdAt, Instant sentAt, int attempts, String lastError) {

    /** When it was written, in Vietnam. */
    public LocalDateTime createdLocal() {
        return LocalDateTime.ofInstant(createdAt, WorkingCalendar.ZONE);
    }

    /** When it was delivered, in Vietnam; null until then. */
    public LocalDateTime sentLocal() {
        return sentAt == null ? null : LocalDateTime.ofInstant(sentAt, WorkingCalendar.ZONE);
    }
}
