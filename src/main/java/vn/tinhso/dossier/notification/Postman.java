package vn.tinhso.dossier.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Delivers each queued notification after its transaction committed. Delivery runs outside a transaction, so a
 * failure's attempt and error are kept while the exception leaves the event publication incomplete, to be
 * resubmitted from the registry; a notification already sent is never sent again.
 */
@Component
class Postman {

    private final Notifications notifications;
    private final Mailer mailer;
    private final ShortMessages shortMessages;

    Postman(Notifications notifications, Mailer mailer, ShortMessages shortMessages) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.shortMessages = shortMessages;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(NotificationQueued queued) {
        notifications.find(queued.id()).filter(message -> message.sentAt() == null).ifPresent(this::deliver);
    }

    private void deliver(Notification message) {
        try {
            switch (message.channel()) {
                case EMAIL -> mailer.send(message);
                case SMS, ZALO -> shortMessages.send(message);
            }
            notifications.markSent(message.id());
        } catch (RuntimeException failed) {
            notifications.markFailed(message.id(), failed.toString());
            throw failed;
        }
    }
}
