package vn.tinhso.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Vietnamese lunar calendar at UTC+7 against dates the government and almanacs published. */
class LunarCalendarTests {

    @ParameterizedTest(name = "lunar new year {0} is {1}")
    @CsvSource({"2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17",
            "2027, 2027-02-06", "1985, 1985-01-21", "1968, 1968-01-29", "2000, 2000-02-05", "2054, 2054-02-08"})
    void findsTheLunarNewYear(int year, LocalDate newYear) {
        assertThat(LunarCalendar.newYear(year)).isEqualTo(newYear);
    }

    @Test
    void countsTheLunarNewYear1985AtUtcPlus7NotAtChinasUtcPlus8() {
        assertThat(LunarCalendar.toLunar(LocalDate.of(1985, 2, 20))).isEqualTo(LunarDate.of(1985, 2, 1));
        assertThat(LunarCalendar.newYear(1985)).isNotEqualTo(LocalDate.of(1985, 2, 20));
    }

    @ParameterizedTest(name = "Hùng Kings day of {0} is {1}")
    @CsvSource({"2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16"})
    void findsTheHungKingsCommemorationOnTheTenthDayOfTheThirdMonth(int year, LocalDate day) {
        assertThat(LunarCalendar.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(day);
        assertThat(LunarCalendar.toLunar(day)).isEqualTo(LunarDate.of(year, 3, 10));
    }

    @Test
    void knowsTheLeapMonthsOf2023And2025AndThatYearsWithoutOneHaveNone() {
        assertThat(LunarCalendar.leapMonth(2023)).contains(2);
        assertThat(LunarCalendar.leapMonth(2025)).contains(6);
        assertThat(LunarCalendar.leapMonth(2024)).isEmpty();
        assertThat(LunarCalendar.leapMonth(2026)).isEmpty();
    }

    @Test
    void placesTheLeapSecondMonthOf2023AfterTheRegularOne() {
        LocalDate regular = LunarCalendar.toSolar(LunarDate.of(2023, 2, 1));
        LocalDate leap = LunarCalendar.toSolar(new LunarDate(2023, 2, 1, true));
        assertThat(regular).isEqualTo(LocalDate.of(2023, 2, 20));
        assertThat(leap).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(2023, 2, 1, true));
        assertThat(LunarCalendar.toSolar(LunarDate.of(2023, 3, 1))).isEqualTo(LocalDate.of(2023, 4, 20));
    }

    @Test
    void placesTheLeapSixthMonthOf2025() {
        assertThat(LunarCalendar.toSolar(new LunarDate(2025, 6, 1, true))).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 8, 22))).isEqualTo(new LunarDate(2025, 6, 29, true));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 8, 23))).isEqualTo(LunarDate.of(2025, 7, 1));
    }

    @Test
    void refusesALeapMonthTheYearDoesNotHave() {
        assertThatIllegalArgumentException().isThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2024, 3, 1, true)));
        assertThatIllegalArgumentException().isThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2023, 3, 1, true)));
    }

    @Test
    void givesTheLastDaysOfALunarYearToThatYearEvenInTheNextSolarYear() {
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 1, 28))).isEqualTo(LunarDate.of(2024, 12, 29));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 2, 9))).isEqualTo(LunarDate.of(2023, 12, 30));
    }

    @Test
    void convertsEveryDayOfThreeCenturiesBackToTheSameSolarDay() {
        for (LocalDate day = LocalDate.of(1900, 3, 1); day.getYear() < 2199; day = day.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(day);
            assertThat(LunarCalendar.toSolar(lunar)).as("%s is %s", day, lunar).isEqualTo(day);
        }
    }

    @Test
    void findsTheNewMoonThatTheMeanMonthEstimateOvershoots() {
        assertThat(LunarCalendar.toLunar(LocalDate.of(2054, 5, 7)).day()).isBetween(29, 30);
        assertThat(LunarCalendar.toLunar(LocalDate.of(2054, 5, 8)).day()).isEqualTo(1);
    }

    @Test
    void refusesYearsOutsideItsRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> LunarCalendar.newYear(1899));
        assertThatIllegalArgumentException().isThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(2200, 6, 1)));
    }
}
