package vn.tinhso.servicequality.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import vn.tinhso.servicequality.Figures;

/** The rates of a unit's figures as the report page shows them: label, percentage (or days), and what it counts. */
final class Rates {

    private Rates() {
    }

    static List<Rate> of(Figures f, Locale locale) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        NumberFormat days = NumberFormat.getNumberInstance(locale);
        days.setMaximumFractionDigits(2);
        return List.of(
                new Rate("sq.rate.online", format(percent, f.onlineRate()), f.receivedOnline(), f.receivedInPeriod()),
                new Rate("sq.rate.on-time", format(percent, f.onTimeRate()), f.resolvedInTime(), f.resolved()),
                new Rate("sq.rate.days", format(days, f.averageProcessingDays()), f.resolved(), f.resolved()),
                new Rate("sq.rate.electronic", format(percent, f.electronicResultRate()), f.electronicResults(),
                        f.resolved()),
                new Rate("sq.rate.digitised", format(percent, f.digitisedRate()), f.digitised(),
                        f.receivedInPeriod()),
                new Rate("sq.rate.payment", format(percent, f.onlinePaymentRate()), f.paidOnline(), f.withFee()),
                new Rate("sq.rate.satisfaction", format(percent, f.satisfactionRate()),
                        f.verySatisfied() + f.satisfied(), f.ratings()),
                new Rate("sq.rate.procedures-online", format(percent, f.proceduresOnlineRate()), f.proceduresOnline(),
                        f.procedures()),
                new Rate("sq.rate.procedures-used", format(percent, f.proceduresInUseRate()),
                        f.proceduresWithOnlineDossier(), f.proceduresOnline()));
    }

    private static String format(NumberFormat format, BigDecimal value) {
        return value == null ? "—" : format.format(value);
    }

    /**
     * One rate.
     *
     * @param label its message key
     * @param value formatted, "—" when there is nothing to divide by
     * @param part what is counted
     * @param whole out of how many
     */
    record Rate(String label, String value, long part, long whole) {
    }
}
