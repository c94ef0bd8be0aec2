package vn.tinhso.organization;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The Vietnamese lunar calendar, computed with Hồ Ngọc Đức's astronomical algorithm (new moons and the sun's
 * longitude after Jean Meeus, "Astronomical Algorithms") at the meridian of UTC+7, valid for 1900–2199.
 * <p>
 * Vietnam counts at UTC+7 while China counts at UTC+8, so the two calendars sometimes differ: the lunar new year
 * 1985 was 21/01/1985 in Vietnam and 20/02/1985 in China. A month starts on the day of its new moon; month 11 is
 * the month that holds the winter solstice; a lunar year with 13 months repeats the first month after month 11
 * that holds no major solar term (the leap month).
 */
final class LunarCalendar {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    private static final double TIME_ZONE = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double NEW_MOON_1900 = 2415021.076998695;
    private static final long JULIAN_DAY_OF_EPOCH = 2440588; // Julian day number of 1970-01-01

    private LunarCalendar() {
    }

    /** The solar day of mùng 1 Tết, the first day of the given lunar year. */
    static LocalDate newYear(int lunarYear) {
        return toSolar(LunarDate.of(lunarYear, 1, 1));
    }

    /** The leap month of a lunar year (e.g. 2 in 2023, 6 in 2025), if the year has one. */
    static Optional<Integer> leapMonth(int lunarYear) {
        checkYear(lunarYear);
        long start = month11(lunarYear - 1);
        long next = month11(lunarYear);
        if (next - start > 365) {
            int month = leapMonthOffset(start) - 2;
            if (month >= 1 && month <= 10) {
                return Optional.of(month);
            }
        }
        long after = month11(lunarYear + 1);
        if (after - next > 365) {
            int month = leapMonthOffset(next) - 2 + 12;
            if (month == 11 || month == 12) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    static LocalDate toSolar(LunarDate date) {
        checkYear(date.year());
        boolean beforeMonth11 = date.month() < 11;
        long start = month11(beforeMonth11 ? date.year() - 1 : date.year());
        long end = month11(beforeMonth11 ? date.year() : date.year() + 1);
        int offset = Math.floorMod(date.month() - 11, 12);
        if (end - start > 365) {
            int leapOffset = leapMonthOffset(start);
            int leapMonth = Math.floorMod(leapOffset - 2 - 1, 12) + 1;
            if (date.leap() && date.month() != leapMonth) {
                throw new IllegalArgumentException("Lunar year " + date.year() + " has no leap month " + date.month());
            }
            if (date.leap() || offset >= leapOffset) {
                offset++;
            }
        } else if (date.leap()) {
            throw new IllegalArgumentException("Lunar year " + date.year() + " has no leap month");
        }
        long k = (long) Math.floor(0.5 + (start - NEW_MOON_1900) / SYNODIC_MONTH);
        return fromJulianDay(newMoonDay(k + offset) + date.day() - 1);
    }

    static LunarDate toLunar(LocalDate solar) {
        checkYear(solar.getYear());
        long day = julianDay(solar);
        long monthStart = monthStart(day);
        int lunarYear = solar.getYear();
        long start = month11(lunarYear);
        long end = start;
        if (start >= monthStart) {
            start = month11(lunarYear - 1);
        } else {
            lunarYear++;
            end = month11(lunarYear);
        }
        int difference = (int) Math.floor((monthStart - start) / 29.0);
        int month = difference + 11;
        boolean leap = false;
        if (end - start > 365) {
            int leapOffset = leapMonthOffset(start);
            if (difference >= leapOffset) {
                month = difference + 10;
                leap = difference == leapOffset;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && difference < 4) {
            lunarYear--;
        }
        return new LunarDate(lunarYear, month, (int) (day - monthStart + 1), leap);
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("The lunar calendar covers " + FIRST_YEAR + "–" + LAST_YEAR
                    + ", not " + year);
        }
    }

    /** The first day of the lunar month holding the given day (all Julian day numbers). */
    private static long monthStart(long day) {
        long k = (long) Math.floor((day - NEW_MOON_1900) / SYNODIC_MONTH);
        while (newMoonDay(k + 1) <= day) {
            k++;
        }
        while (newMoonDay(k) > day) {
            k--; // the mean-month estimate can overshoot by one near a new moon (e.g. 2054-05-07)
        }
        return newMoonDay(k);
    }

    /** The day (Julian day number) month 11 of the lunar year that ends in the given solar year begins. */
    private static long month11(int year) {
        long offset = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(offset / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        return sunLongitudeSector(newMoon) >= 9 ? newMoonDay(k - 1) : newMoon;
    }

    /** How many months after month 11 (starting on {@code month11}) the leap month comes. */
    private static int leapMonthOffset(long month11) {
        long k = (long) Math.floor((month11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    /** The local day (Julian day number at UTC+7) of the k-th new moon after 1900-01-01. */
    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** Which of the 12 sectors of 30° the sun's longitude is in at the start of a local day. */
    private static int sunLongitudeSector(long julianDay) {
        return (int) Math.floor(sunLongitude(julianDay - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** The moment (Julian date, UT) of the k-th new moon after 1900-01-01. */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m)
                - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr) - 0.0004 * Math.sin(dr * 3 * mpr)
                + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr))
                - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m))
                - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr))
                + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + c1 - deltaT;
    }

    /** The sun's apparent longitude in radians (0 to 2π) at a Julian date. */
    private static double sunLongitude(double julianDate) {
        double t = (julianDate - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m)
                + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double longitude = (l0 + dl) * dr;
        return longitude - Math.PI * 2 * Math.floor(longitude / (Math.PI * 2));
    }

    private static long julianDay(LocalDate day) {
        return day.toEpochDay() + JULIAN_DAY_OF_EPOCH;
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_EPOCH);
    }
}
