package vn.tinhso.organization;

/**
 * A day of the Vietnamese lunar calendar.
 *
 * @param year the lunar year (the solar year in which its first day, mùng 1 Tết, falls)
 * @param month 1–12
 * @param day 1–30
 * @param leap whether the month is the leap (nhuận) repetition of {@code month}
 */
record LunarDate(int year, int month, int day, boolean leap) {

    LunarDate {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("No lunar day " + day + "/" + month);
        }
    }

    static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }
}
