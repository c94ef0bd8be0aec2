/**
 * Messages to applicants about their dossiers, part of the dossier module: a row in {@code notification} for
 * each message, written by the dossier's event listeners after the business transaction committed, then delivered
 * on its own channel: e-mail through a {@link vn.tinhso.dossier.notification.Mailer} (the log sink by default,
 * SMTP when {@code spring.mail.host} is set), SMS and Zalo through the log sink until their adapters exist.
 * A failed delivery records its error and attempt and stays in the event publication registry to be retried.
 */
package vn.tinhso.dossier.notification;
