package vn.tinhso.servicequality;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.tinhso.dti.ServiceQualityFeed;
import vn.tinhso.platform.NotFound;

/**
 * The figures of the DTI's automatic indicators, measured from the service-quality statistics of the assessed agency
 * (and the agencies under it) over the assessment period. A metric without data — nothing to divide by, or online
 * payment before the payment module records payments — is not measured, so the assessor answers it instead of the
 * platform claiming a rate of 0.
 */
@Component
class DtiFeed implements ServiceQualityFeed {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Statistics statistics;
    private final MessageSource messages;

    DtiFeed(Statistics statistics, MessageSource messages) {
        this.statistics = statistics;
        this.messages = messages;
    }

    @Override
    public Optional<Measurement> measure(String metric, String agencyCode, LocalDate from, LocalDate to) {
        Figures figures;
        try {
            figures = statistics.of(agencyCode, null, Period.of(from, to));
        } catch (NotFound unknownAgency) {
            return Optional.empty();
        }
        long[] rate = switch (metric) {
            case "ONLINE_DOSSIER_RATE" -> new long[] {figures.receivedOnline(), figures.receivedInPeriod()};
            case "ON_TIME_RATE" -> new long[] {figures.resolvedInTime(), figures.resolved()};
            case "E_RESULT_RATE" -> new long[] {figures.electronicResults(), figures.resolved()};
            case "DIGITISATION_RATE" -> new long[] {figures.digitised(), figures.receivedInPeriod()};
            case "SATISFACTION_RATE" -> new long[] {figures.verySatisfied() + figures.satisfied(), figures.ratings()};
            case "FULL_PROCESS_SHARE" -> new long[] {figures.proceduresFullProcess(), figures.procedures()};
            case "ONLINE_SERVICE_SHARE" -> new long[] {figures.proceduresOnline(), figures.procedures()};
            // ONLINE_PAYMENT_RATE: no payment module records payments yet; a 0 would be a claim, not a measurement
            default -> null;
        };
        if (rate == null || rate[1] == 0) {
            return Optional.empty();
        }
        String source = messages.getMessage("servicequality.dti.source",
                new Object[] {DAY.format(from), DAY.format(to)}, VIETNAMESE);
        return Optional.of(new Measurement(rate[0], rate[1], source));
    }
}
