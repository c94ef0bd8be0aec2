package vn.tinhso.organization;

import java.time.LocalDate;

/** A day of the calendar was adjusted (added or removed); the calendar computes that day's year again. */
record CalendarAdjusted(LocalDate day) {
}
