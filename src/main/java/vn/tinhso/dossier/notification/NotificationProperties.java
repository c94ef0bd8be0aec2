package vn.tinhso.dossier.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings, under {@code tinhso.notification.*}; the SMTP server itself is {@code spring.mail.*}.
 *
 * @param from the sender address of e-mails
 */
@ConfigurationProperties("tinhso.notification")
record NotificationProperties(@DefaultValue("Tỉnh số <khong-tra-loi@tinhso.local>") String from) {
}
