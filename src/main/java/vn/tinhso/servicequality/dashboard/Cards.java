package vn.tinhso.servicequality.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.tinhso.servicequality.Measure;

/**
 * The headline cards of the dashboard, formatted for the reader's language: a value, a line below it, the change
 * since the period before (green when it is for the better) and where a click leads (the dossiers behind it).
 */
final class Cards {

    private final MessageSource messages;
    private final Locale locale;
    private final String drill;

    /**
     * @param drill the drill-down address up to the measure, e.g. {@code /service-quality/dossiers?unit=…&…&measure=}
     */
    Cards(MessageSource messages, Locale locale, String drill) {
        this.messages = messages;
        this.locale = locale;
        this.drill = drill;
    }

    /**
     * @param before the figures of the period before, or null when the platform has none for the whole of it (no
     *        change is shown then)
     */
    List<Card> of(Headline now, Headline before, String breakdown) {
        return before == null ? of(now, now, breakdown).stream().map(Card::withoutChange).toList()
                : cards(now, before, breakdown);
    }

    private List<Card> cards(Headline now, Headline before, String breakdown) {
        var cards = new ArrayList<Card>();
        cards.add(new Card("received", message("servicequality.dashboard.card.received"), count(now.received()),
                message("servicequality.dashboard.card.received.sub", count(now.receivedOnline()),
                        count(now.receivedDirectOrPostal()), count(now.carriedOver())),
                change(now.received(), before.received()), better(now.received() >= before.received()),
                drill + Measure.RECEIVED));
        cards.add(rate("online", now.onlineRate(), before.onlineRate(), true,
                message("servicequality.dashboard.card.online.sub", count(now.receivedOnline())),
                Measure.RECEIVED_ONLINE));
        cards.add(rate("on-time", now.onTimeRate(), before.onTimeRate(), true,
                message("servicequality.dashboard.card.on-time.sub", count(now.resolvedLate()),
                        count(now.resolved())), Measure.RESOLVED_LATE));
        cards.add(new Card("overdue", message("servicequality.dashboard.card.overdue"), count(now.overdue()),
                message("servicequality.dashboard.card.overdue.sub", count(now.inProgress())),
                change(now.overdue(), before.overdue()), better(now.overdue() <= before.overdue()),
                drill + Measure.OVERDUE));
        cards.add(rate("electronic", now.electronicResultRate(), before.electronicResultRate(), true,
                message("servicequality.dashboard.card.electronic.sub", count(now.electronicResults())),
                Measure.ELECTRONIC_RESULT));
        cards.add(rate("satisfaction", now.satisfactionRate(), before.satisfactionRate(), true,
                message("servicequality.dashboard.card.satisfaction.sub", count(now.ratings())),
                Measure.DISSATISFIED));
        cards.add(new Card("index", message("servicequality.dashboard.card.index"), decimal(now.indexScore(), 2),
                message("servicequality.dashboard.card.index.sub"),
                points(now.indexScore(), before.indexScore(), BigDecimal.ONE),
                better(now.indexScore().compareTo(before.indexScore()) >= 0), breakdown));
        return cards;
    }

    private Card rate(String id, BigDecimal now, BigDecimal before, boolean upIsBetter, String sub, Measure measure) {
        String delta = now == null || before == null ? ""
                : message("servicequality.dashboard.delta.points", signed(now.subtract(before)
                .multiply(BigDecimal.valueOf(100)), 1));
        boolean up = now != null && before != null && now.compareTo(before) >= 0;
        return new Card(id, message("servicequality.dashboard.card." + id), percent(now), sub, delta,
                better(up == upIsBetter), drill + measure);
    }

    private String change(long now, long before) {
        if (before == 0) {
            return "";
        }
        BigDecimal share = BigDecimal.valueOf(now - before).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
        return message("servicequality.dashboard.delta.percent", signed(share, 1));
    }

    private String points(BigDecimal now, BigDecimal before, BigDecimal scale) {
        return message("servicequality.dashboard.delta.score", signed(now.subtract(before).multiply(scale), 2));
    }

    private static String better(boolean better) {
        return better ? "up" : "down";
    }

    public String percent(BigDecimal rate) {
        return rate == null ? "—" : decimal(rate.multiply(BigDecimal.valueOf(100)), 1) + "%";
    }

    public String count(long value) {
        return format(BigDecimal.valueOf(value), 0);
    }

    public String decimal(BigDecimal value, int decimals) {
        return format(value, decimals);
    }

    private String signed(BigDecimal value, int decimals) {
        return (value.signum() > 0 ? "+" : "") + format(value, decimals);
    }

    private String format(BigDecimal value, int decimals) {
        var format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(locale));
        if ("vi".equals(locale.getLanguage())) {
            var symbols = DecimalFormatSymbols.getInstance(locale);
            symbols.setDecimalSeparator(',');
            symbols.setGroupingSeparator('.');
            format.setDecimalFormatSymbols(symbols);
        }
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /**
     * @param id stable id, e.g. {@code overdue} (the page's {@code card-overdue})
     * @param label what the figure is
     * @param value the figure
     * @param sub a line of detail
     * @param delta the change since the period before, empty when there is none to show
     * @param trend {@code up} when the change is for the better, {@code down} otherwise
     * @param href the dossiers behind it, or the breakdown
     */
    record Card(String id, String label, String value, String sub, String delta, String trend, String href) {

        Card withoutChange() {
            return new Card(id, label, value, sub, "", trend, href);
        }
    }
}
