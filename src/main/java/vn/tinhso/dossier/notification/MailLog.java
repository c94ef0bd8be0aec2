package vn.tinhso.dossier.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development mail sink: every message goes to the log, and counts as sent; administrators read them at
 * {@code /admin/notifications}.
 */
class MailLog implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(MailLog.class);

    @Override
    public void send(Notification message) {
        log.info("E-mail (log sink) to {} about {}: {}\n{}", message.recipient(), message.dossierCode(),
                message.subject(), message.body());
    }
}
