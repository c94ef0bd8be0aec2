package vn.tinhso.dossier.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;

/** A failed delivery keeps its error and fails the publication, so it is retried; a sent message is not resent. */
@SpringBootTest
class NotificationDeliveryTests {

    @Autowired
    Notifications notifications;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedDeliveryIsRecordedAndTheNextAttemptSends() {
        long id = jdbc.sql("""
                INSERT INTO notification (dossier_code, channel, recipient, subject, body)
                VALUES ('525.00.00.H26-250101-0001', 'EMAIL', 'a@example.vn', 'Thử', 'Nội dung') RETURNING id
                """).query(Long.class).single();
        Mailer down = message -> {
            throw new MailSendException("máy chủ thư không trả lời");
        };
        assertThatThrownBy(() -> new Postman(notifications, down, new ShortMessageLog()).on(new NotificationQueued(id)))
                .isInstanceOf(MailSendException.class);
        assertThat(notifications.find(id)).hasValueSatisfying(failed -> {
            assertThat(failed.sentAt()).isNull();
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.lastError()).contains("máy chủ thư không trả lời");
        });

        var sink = new MailLog();
        new Postman(notifications, sink, new ShortMessageLog()).on(new NotificationQueued(id));
        new Postman(notifications, down, new ShortMessageLog()).on(new NotificationQueued(id)); // already sent
        assertThat(notifications.find(id)).hasValueSatisfying(sent -> {
            assertThat(sent.sentAt()).isNotNull();
            assertThat(sent.attempts()).isEqualTo(2);
            assertThat(sent.lastError()).isNull();
        });
    }

    @Test
    void withoutAMailServerTheLogSinkDelivers(@Autowired Mailer mailer) {
        assertThat(mailer).isInstanceOf(MailLog.class);
    }
}
