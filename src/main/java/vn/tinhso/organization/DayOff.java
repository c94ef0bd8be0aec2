package vn.tinhso.organization;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A day on which agencies do not work, with the reason in Vietnamese and English.
 *
 * @param day the day
 * @param nameVi the reason in Vietnamese, e.g. "Tết Nguyên đán" or "Nghỉ bù Giỗ Tổ Hùng Vương"
 * @param nameEn the reason in English
 * @param kind why the day is not a working day
 */
public record DayOff(LocalDate day, String nameVi, String nameEn, Kind kind) {

    /** Why a day is not a working day. */
    public enum Kind {
        /** A public holiday (Bộ luật Lao động 2019 Art. 112). */
        HOLIDAY,
        /** The working day after a holiday that fell on a weekly rest day (Bộ luật Lao động 2019 Art. 111(3)). */
        COMPENSATION,
        /** An extra day off the government announced for the year, usually swapped with a make-up Saturday. */
        GOVERNMENT_DAY_OFF,
        /** Saturday or Sunday, the weekly rest days of agencies. */
        WEEKEND
    }

    /** The reason in the given language: English for {@code en}, Vietnamese otherwise. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
