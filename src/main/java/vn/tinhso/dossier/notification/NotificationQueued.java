package vn.tinhso.dossier.notification;

/**
 * A notification was written and waits for delivery; its listener delivers it after the writing transaction
 * committed, and the event publication registry keeps it until delivery succeeded.
 *
 * @param id the notification
 */
public record NotificationQueued(long id) {
}
