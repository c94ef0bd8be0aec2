package vn.tinhso.organization;

import java.time.LocalDate;

/**
 * A day the government moved for one year (table {@code calendar_adjustment}); it overrides the computed calendar.
 *
 * @param day the day
 * @param kind what the day becomes
 * @param reasonVi why, in Vietnamese
 * @param reasonEn why, in English (may be null)
 * @param source the announcement that set it, e.g. the ministry's notice number and date
 */
record Adjustment(LocalDate day, Kind kind, String reasonVi, String reasonEn, String source) {

    /** What an adjusted day becomes. */
    enum Kind {
        /** A weekday off, usually swapped with a make-up Saturday. */
        DAY_OFF,
        /** A working day on a weekend or a computed holiday or compensation day (a make-up day). */
        WORKING_DAY
    }

    DayOff asDayOff() {
        return new DayOff(day, reasonVi, reasonEn == null || reasonEn.isBlank() ? reasonVi : reasonEn,
                DayOff.Kind.GOVERNMENT_DAY_OFF);
    }
}
