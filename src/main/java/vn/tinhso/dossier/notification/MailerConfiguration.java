package vn.tinhso.dossier.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * SMTP when Spring Boot configured a mail sender (it does when {@code spring.mail.host} is set), the log sink
 * otherwise; SMS and Zalo go to the log until their adapters exist.
 */
@Configuration(proxyBeanMethods = false)
class MailerConfiguration {

    @Bean
    Mailer mailer(ObjectProvider<JavaMailSender> smtp, NotificationProperties properties) {
        JavaMailSender sender = smtp.getIfAvailable();
        return sender == null ? new MailLog() : new SmtpMailer(sender, properties.from());
    }

    @Bean
    ShortMessages shortMessages() {
        return new ShortMessageLog();
    }
}
