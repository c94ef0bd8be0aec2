package vn.tinhso.servicequality.index;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.servicequality.Period;
import vn.tinhso.servicequality.Unit;

/**
 * The unit and period picked on a service-quality page, and what the picker fragment
 * ({@code servicequality/dashboard-fragments :: picker}) needs to show them.
 */
@Component
public class Picker {

    /** How many years back the year list goes. */
    static final int YEARS = 5;

    private final UnitChoices units;
    private final Clock clock;

    Picker(UnitChoices units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    /** The unit the user may see (their first when none is asked for; 404 outside their reach). */
    public Unit unit(CurrentUser user, String unitCode) {
        return units.pick(user, unitCode);
    }

    /** The period picked, ending today at the latest. */
    public Period period(PeriodChoice choice) {
        return choice.period(today());
    }

    /** The period the picked one is compared with. */
    public Period previous(PeriodChoice choice) {
        return choice.previous(today());
    }

    /**
     * Adds {@code unit}, {@code units}, {@code choice}, {@code period}, {@code query}, {@code kinds},
     * {@code years}.
     */
    public void show(CurrentUser user, Unit picked, PeriodChoice choice, Model model) {
        LocalDate today = today();
        model.addAttribute("unit", picked);
        model.addAttribute("units", units.of(user));
        model.addAttribute("choice", choice.complete(today));
        model.addAttribute("period", choice.period(today));
        model.addAttribute("query", choice.query(today));
        model.addAttribute("kinds", PeriodChoice.Kind.values());
        model.addAttribute("years", IntStream.rangeClosed(today.getYear() - YEARS + 1, today.getYear()).boxed()
                .sorted(Comparator.reverseOrder()).toList());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }
}
