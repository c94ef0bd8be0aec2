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
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.Procedures;

/**
 * Tells the applicant, by e-mail when the dossier has an address, every change that concerns them: filed online
 * (with the expected due date), accepted (with the due date), refused (with the reason), asked to complete (with
 * what is missing), papers received and the clock running again, a new date with the agency's apology, processing
 * stopped, withdrawn, the result signed and ready, the result returned (what forms 02–05 of Thông tư
 * 01/2018/TT-VPCP tell on paper). A desk
 * dossier is accepted at once, so its applicant hears only of the acceptance. Each listener runs after the change
 * committed, in its own transaction, and is retried from the event publication registry when it fails.
 */
@Component
class DossierNotices {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Dossiers dossiers;
    private final Procedures procedures;
    private final Agencies agencies;
    private final Notifications notifications;
    private final MessageSource messages;
    private final TinhsoProperties platform;

    DossierNotices(Dossiers dossiers, Procedures procedures, Agencies agencies,
                   Notifications notifications, MessageSource messages, TinhsoProperties platform) {
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.agencies = agencies;
        this.notifications = notifications;
        this.messages = messages;
        this.platform = platform;
    }

    @ApplicationModuleListener
    void on(DossierSubmitted submitted) {
        if (submitted.channel() == Channel.ONLINE) {
            tell(submitted.code(), "submitted", time(submitted.dueAt())); // as known at filing, whatever happened since
        }
    }

    @ApplicationModuleListener
    void on(DossierReceived received) {
        tell(received.code(), "received", time(received.dueAt()));
    }

    @ApplicationModuleListener
    void on(DossierRefused refused) {
        tell(refused.code(), "refused", refused.reason());
    }

    @ApplicationModuleListener
    void on(SupplementRequested requested) {
        tell(requested.code(), "supplement", requested.missing());
    }

    @ApplicationModuleListener
    void on(SupplementCompleted completed) {
        tell(completed.code(), "resumed", time(completed.dueAt()));
    }

    @ApplicationModuleListener
    void on(DossierExtended extended) {
        tell(extended.code(), "extended", time(extended.dueAt()) + ". " + extended.reason());
    }

    @ApplicationModuleListener
    void on(DossierStopped stopped) {
        tell(stopped.code(), "stopped", stopped.reason());
    }

    @ApplicationModuleListener
    void on(DossierWithdrawn withdrawn) {
        tell(withdrawn.code(), "withdrawn", withdrawn.reason());
    }

    @ApplicationModuleListener
    void on(ResultIssued issued) {
        tell(issued.code(), "resolved", time(issued.at()));
    }

    @ApplicationModuleListener
    void on(ResultReturned returned) {
        String how = messages.getMessage("processing.return." + returned.method(), null, VIETNAMESE);
        tell(returned.code(), "returned", how);
    }

    private void tell(DossierCode code, String kind, String detail) {
        Dossier dossier = dossiers.find(code).orElseThrow();
        String email = dossier.applicant.email();
        if (email == null || email.isBlank()) {
            return;
        }
        Object[] arguments = {code.value(), dossier.applicant.fullName(), procedureName(dossier),
                agencyName(dossier.agencyCode), Receipts.trackingUrl(platform.baseUrl(), code), detail};
        notifications.queue(code.value(), NotificationChannel.EMAIL, email.strip(),
                messages.getMessage("notification." + kind + ".subject", arguments, VIETNAMESE),
                messages.getMessage("notification." + kind + ".body", arguments, VIETNAMESE));
    }

    private String procedureName(Dossier dossier) {
        return procedures.history(new ProcedureCode(dossier.procedureCode)).stream()
                .filter(version -> version.version() == dossier.procedureVersion).findFirst()
                .map(Procedure::name).orElse(dossier.procedureCode);
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
