package vn.tinhso.dossier.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** SMS and Zalo messages written to the log and counted as sent, until real adapters exist. */
class ShortMessageLog implements ShortMessages {

    private static final Logger log = LoggerFactory.getLogger(ShortMessageLog.class);

    @Override
    public void send(Notification message) {
        log.info("{} (log sink) to {} about {}: {}", message.channel(), message.recipient(), message.dossierCode(),
                message.subject());
    }
}
