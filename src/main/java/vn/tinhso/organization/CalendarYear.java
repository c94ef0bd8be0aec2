package vn.tinhso.organization;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The days off of one solar year, computed once from the holiday rules and the government's adjustments and then
 * answered from memory: a flag per day of the year.
 */
final class CalendarYear {

    private static final ResourceBundle VIETNAMESE = ResourceBundle.getBundle("i18n/calendar", Locale.forLanguageTag("vi"));
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n/calendar", Locale.ENGLISH);

    private final int year;
    private final Map<LocalDate, DayOff> daysOff;
    private final boolean[] working;

    private CalendarYear(int year, Map<LocalDate, DayOff> daysOff, boolean[] working) {
        this.year = year;
        this.daysOff = daysOff;
        this.working = working;
    }

    static CalendarYear of(int year, Collection<HolidayRule> rules, Collection<Adjustment> adjustments) {
        Map<LocalDate, DayOff> daysOff = new TreeMap<>();
        rules.stream().flatMap(rule -> rule.daysOffIn(year).stream()).forEach(day -> daysOff.putIfAbsent(day.day(), day));
        addCompensations(daysOff);
        List<LocalDate> madeWorking = new ArrayList<>();
        for (Adjustment adjustment : adjustments) {
            switch (adjustment.kind()) {
                case DAY_OFF -> daysOff.put(adjustment.day(), adjustment.asDayOff());
                case WORKING_DAY -> {
                    daysOff.remove(adjustment.day());
                    madeWorking.add(adjustment.day());
                }
            }
        }
        boolean[] working = new boolean[LocalDate.of(year, 12, 31).getDayOfYear()];
        for (int i = 0; i < working.length; i++) {
            LocalDate day = LocalDate.ofYearDay(year, i + 1);
            working[i] = !daysOff.containsKey(day) && (!isWeekend(day) || madeWorking.contains(day));
        }
        return new CalendarYear(year, daysOff, working);
    }

    /**
     * A holiday on a weekly rest day gives a day off on the next working day.
     * Bộ luật Lao động 2019 Art. 111(3)
     */
    private static void addCompensations(Map<LocalDate, DayOff> daysOff) {
        List<DayOff> holidays = List.copyOf(daysOff.values());
        for (DayOff holiday : holidays) {
            if (!isWeekend(holiday.day())) {
                continue;
            }
            LocalDate next = holiday.day().plusDays(1);
            while (isWeekend(next) || daysOff.containsKey(next)) {
                next = next.plusDays(1);
            }
            if (next.getYear() == holiday.day().getYear()) {
                daysOff.put(next, new DayOff(next, text(VIETNAMESE, "calendar.compensation", holiday.nameVi()),
                        text(ENGLISH, "calendar.compensation", holiday.nameEn()), DayOff.Kind.COMPENSATION));
            }
        }
    }

    int year() {
        return year;
    }

    boolean isWorkingDay(LocalDate day) {
        return working[day.getDayOfYear() - 1];
    }

    /** Why the day is not a working day; empty on a working day. */
    Optional<DayOff> dayOff(LocalDate day) {
        if (isWorkingDay(day)) {
            return Optional.empty();
        }
        DayOff known = daysOff.get(day);
        return Optional.of(known != null ? known : new DayOff(day, text(VIETNAMESE, "calendar.weekend"),
                text(ENGLISH, "calendar.weekend"), DayOff.Kind.WEEKEND));
    }

    /** Holidays, compensation days and the government's days off, in date order; plain weekends left out. */
    List<DayOff> daysOff() {
        return List.copyOf(daysOff.values());
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String text(ResourceBundle bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
