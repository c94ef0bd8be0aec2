package vn.tinhso.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tinhso.dossier.notification.NotificationChannel;
import vn.tinhso.dossier.notification.Notifications;
import vn.tinhso.organization.Agencies;
import vn.tinhso.organization.Agency;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.platform.TinhsoProperties;

/**
 * Tells the applicant, by e-mail when the dossier has an address, that their feedback or complaint was received
 * (with the date the answer is due) and, later, what the agency answered. Like {@link DossierNotices}, each
 * listener runs after the change committed, in its own transaction, and is retried from the event publication
 * registry when it fails.
 */
@Component
class FeedbackNotices {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Dossiers dossiers;
    private final Feedbacks feedbacks;
    private final Agencies agencies;
    private final Notifications notifications;
    private final MessageSource messages;
    private final TinhsoProperties platform;

    FeedbackNotices(Dossiers dossiers, Feedbacks feedbacks, Agencies agencies, Notifications notifications,
                    MessageSource messages, TinhsoProperties platform) {
        this.dossiers = dossiers;
        this.feedbacks = feedbacks;
        this.agencies = agencies;
        this.notifications = notifications;
        this.messages = messages;
        this.platform = platform;
    }

    @ApplicationModuleListener
    void on(FeedbackReceived received) {
        tell(received.code(), "feedback-received", received.kind(), time(received.dueAt()));
    }

    @ApplicationModuleListener
    void on(FeedbackAnswered answered) {
        Feedback feedback = feedbacks.find(answered.feedbackId()).orElseThrow();
        tell(answered.code(), "feedback-answered", answered.kind(), feedback.answer());
    }

    private void tell(DossierCode code, String kind, FeedbackKind about, String detail) {
        Dossier dossier = dossiers.find(code).orElseThrow();
        String email = dossier.applicant.email();
        if (email == null || email.isBlank()) {
            return;
        }
        Object[] arguments = {code.value(), dossier.applicant.fullName(), agencyName(dossier.agencyCode),
                Receipts.trackingUrl(platform.baseUrl(), code),
                messages.getMessage("notification.feedback.kind." + about, null, VIETNAMESE), detail};
        notifications.queue(code.value(), NotificationChannel.EMAIL, email.strip(),
                messages.getMessage("notification." + kind + ".subject", arguments, VIETNAMESE),
                messages.getMessage("notification." + kind + ".body", arguments, VIETNAMESE));
    }

    private String agencyName(String agencyCode) {
        return agencies.find(new AgencyCode(agencyCode)).map(Agency::name).orElse(agencyCode);
    }

    private String time(Instant at) {
        LocalDateTime local = Deadlines.local(at);
        return messages.getMessage("notification.time",
                new Object[] {local.getHour(), "%02d".formatted(local.getMinute()), DAY.format(local)}, VIETNAMESE);
    }
}
