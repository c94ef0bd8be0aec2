package vn.tinhso.organization;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar computed from the Labour Code 2019 rules alone (no database, no Spring). */
class WorkingCalendarTests {

    private final List<Integer> loadedYears = new ArrayList<>();
    private final WorkingCalendar calendar = calendarWith(Map.of());

    private WorkingCalendar calendarWith(Map<Integer, List<Adjustment>> adjustments) {
        return new WorkingCalendar(year -> {
            loadedYears.add(year);
            return CalendarYear.of(year, LabourCode2019.RULES, adjustments.getOrDefault(year, List.of()));
        }, WorkingHours.DEFAULT);
    }

    @Test
    void givesTet2027FromNewYearsEveToMung4PlusTwoCompensationDaysForItsWeekend() {
        assertThat(calendar.isWorkingDay(of(2027, 2, 4))).isTrue();
        for (LocalDate day = of(2027, 2, 5); day.isBefore(of(2027, 2, 12)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse();
        }
        assertThat(calendar.dayOff(of(2027, 2, 10))).get().extracting(DayOff::kind).isEqualTo(DayOff.Kind.COMPENSATION);
        assertThat(calendar.dayOff(of(2027, 2, 11))).get().extracting(DayOff::nameVi).isEqualTo("Nghỉ bù Tết Nguyên đán");
        assertThat(calendar.isWorkingDay(of(2027, 2, 12))).isTrue();
    }

    @Test
    void givesTet2026FromMondayToFridayBetweenTwoWeekends() {
        assertThat(calendar.isWorkingDay(of(2026, 2, 13))).isTrue();
        for (LocalDate day = of(2026, 2, 14); day.isBefore(of(2026, 2, 23)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse();
        }
        assertThat(calendar.isWorkingDay(of(2026, 2, 23))).isTrue();
        assertThat(calendar.dayOff(of(2026, 2, 17))).get().extracting(DayOff::nameEn).isEqualTo("Lunar New Year (Tết)");
    }

    @Test
    void compensatesTheHungKingsDay2026ThatFallsOnASundayOnMonday() {
        assertThat(calendar.dayOff(of(2026, 4, 26))).get().extracting(DayOff::kind).isEqualTo(DayOff.Kind.HOLIDAY);
        assertThat(calendar.dayOff(of(2026, 4, 27))).contains(new DayOff(of(2026, 4, 27),
                "Nghỉ bù Giỗ Tổ Hùng Vương", "Compensation for Hùng Kings Commemoration", DayOff.Kind.COMPENSATION));
        assertThat(calendar.isWorkingDay(of(2026, 4, 28))).isTrue();
    }

    @ParameterizedTest(name = "2/9/{0} is joined by {1}")
    @CsvSource({"2021, 2021-09-03", "2022, 2022-09-01", "2023, 2023-09-01", "2024, 2024-09-03", "2025, 2025-09-01",
            "2026, 2026-09-03"})
    void choosesTheDayNextToNationalDayThatTheGovernmentChoseIn2021To2025(int year, LocalDate adjacent) {
        assertThat(calendar.dayOff(adjacent)).get().extracting(DayOff::nameEn).isEqualTo("National Day (adjacent day)");
        assertThat(calendar.daysOff(year)).filteredOn(off -> off.day().getMonthValue() == 9).hasSizeBetween(2, 3);
    }

    @Test
    void listsTheDaysOffOfAYearWithoutPlainWeekends() {
        assertThat(calendar.daysOff(2026)).extracting(DayOff::day).containsExactly(
                of(2026, 1, 1), of(2026, 2, 16), of(2026, 2, 17), of(2026, 2, 18), of(2026, 2, 19), of(2026, 2, 20),
                of(2026, 4, 26), of(2026, 4, 27), of(2026, 4, 30), of(2026, 5, 1), of(2026, 9, 2), of(2026, 9, 3));
        assertThat(calendar.dayOff(of(2026, 3, 7))).get().extracting(DayOff::kind).isEqualTo(DayOff.Kind.WEEKEND);
        assertThat(calendar.dayOff(of(2026, 3, 9))).isEmpty();
    }

    @Test
    void letsTheGovernmentsAdjustmentsOverrideTheComputedCalendar() {
        var adjusted = calendarWith(Map.of(2024, List.of(
                new Adjustment(of(2024, 4, 29), Adjustment.Kind.DAY_OFF, "Nghỉ hoán đổi", null, "test"),
                new Adjustment(of(2024, 5, 4), Adjustment.Kind.WORKING_DAY, "Làm bù", null, "test"),
                new Adjustment(of(2024, 2, 15), Adjustment.Kind.WORKING_DAY, "Đi làm lại", null, "test"))));
        assertThat(calendar.isWorkingDay(of(2024, 4, 29))).isTrue();
        assertThat(adjusted.isWorkingDay(of(2024, 4, 29))).isFalse();
        assertThat(adjusted.dayOff(of(2024, 4, 29))).get().extracting(DayOff::kind, DayOff::nameEn)
                .containsExactly(DayOff.Kind.GOVERNMENT_DAY_OFF, "Nghỉ hoán đổi");
        assertThat(calendar.isWorkingDay(of(2024, 5, 4))).isFalse();
        assertThat(adjusted.isWorkingDay(of(2024, 5, 4))).isTrue();
        assertThat(calendar.isWorkingDay(of(2024, 2, 15))).isFalse();
        assertThat(adjusted.isWorkingDay(of(2024, 2, 15))).isTrue();
    }

    @Test
    void receivesAFilingAfterHoursBeforeTheNationalDayBreakOnTheFirstMorningAfterIt() {
        LocalDateTime received = calendar.nextWorkingMoment(LocalDateTime.of(2025, 8, 29, 17, 30));
        assertThat(received).isEqualTo(LocalDateTime.of(2025, 9, 3, 7, 30));
        assertThat(calendar.addWorkingDays(received, 3)).isEqualTo(LocalDateTime.of(2025, 9, 5, 17, 30));
    }

    @ParameterizedTest(name = "work arriving at {0} starts at {1}")
    @CsvSource({"2026-03-09T07:29, 2026-03-09T07:30", "2026-03-09T07:30, 2026-03-09T07:30",
            "2026-03-09T11:29, 2026-03-09T11:29", "2026-03-09T11:30, 2026-03-09T13:30",
            "2026-03-09T17:29, 2026-03-09T17:29", "2026-03-09T17:30, 2026-03-10T07:30",
            "2026-03-13T18:00, 2026-03-16T07:30", "2026-03-14T09:00, 2026-03-16T07:30"})
    void startsWorkAtTheNextWorkingMoment(LocalDateTime arrival, LocalDateTime start) {
        assertThat(calendar.nextWorkingMoment(arrival)).isEqualTo(start);
    }

    @Test
    void addsWorkingHoursAcrossLunchAndTheWeekend() {
        assertThat(calendar.addWorkingHours(LocalDateTime.of(2026, 3, 9, 10, 30), Duration.ofHours(2)))
                .isEqualTo(LocalDateTime.of(2026, 3, 9, 14, 30));
        assertThat(calendar.addWorkingHours(LocalDateTime.of(2026, 3, 13, 16, 30), Duration.ofHours(2)))
                .isEqualTo(LocalDateTime.of(2026, 3, 16, 8, 30));
        assertThat(calendar.addWorkingHours(LocalDateTime.of(2026, 3, 14, 12, 0), Duration.ofMinutes(90)))
                .isEqualTo(LocalDateTime.of(2026, 3, 16, 9, 0));
    }

    @Test
    void endsADeadlineThatFillsTheAfternoonAt1730NotTheNextMorning() {
        assertThat(calendar.addWorkingHours(LocalDateTime.of(2026, 3, 9, 13, 30), Duration.ofHours(4)))
                .isEqualTo(LocalDateTime.of(2026, 3, 9, 17, 30));
        assertThat(calendar.addWorkingDays(LocalDateTime.of(2026, 3, 9, 7, 30), 1))
                .isEqualTo(LocalDateTime.of(2026, 3, 9, 17, 30));
        assertThat(calendar.addWorkingHours(LocalDateTime.of(2026, 3, 9, 7, 30), Duration.ofHours(4)))
                .isEqualTo(LocalDateTime.of(2026, 3, 9, 11, 30));
    }

    @Test
    void countsFifteenWorkingDaysOverTet2026() {
        assertThat(calendar.addWorkingDays(LocalDateTime.of(2026, 2, 9, 7, 30), 15))
                .isEqualTo(LocalDateTime.of(2026, 3, 6, 17, 30));
    }

    @Test
    void measuresWorkingTimeAcrossAHolidayAndNegativelyBackwards() {
        LocalDateTime wednesday = LocalDateTime.of(2026, 4, 29, 13, 30);
        LocalDateTime monday = LocalDateTime.of(2026, 5, 4, 11, 30);
        assertThat(calendar.workingTimeBetween(wednesday, monday)).isEqualTo(Duration.ofHours(8));
        assertThat(calendar.workingTimeBetween(monday, wednesday)).isEqualTo(Duration.ofHours(-8));
        assertThat(calendar.workingTimeBetween(monday, monday)).isZero();
        assertThat(calendar.workingTimeBetween(LocalDateTime.of(2026, 4, 24, 7, 30), LocalDateTime.of(2026, 4, 28, 17, 30)))
                .isEqualTo(Duration.ofHours(16));
    }

    @Test
    void measuresBackTheWorkingTimeItAdded() {
        LocalDateTime start = LocalDateTime.of(2027, 1, 28, 9, 15);
        LocalDateTime due = calendar.addWorkingDays(start, 10);
        assertThat(calendar.workingTimeBetween(start, due)).isEqualTo(Duration.ofHours(80));
    }

    @Test
    void refusesNegativeWorkingTime() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar.addWorkingHours(LocalDateTime.of(2026, 3, 9, 8, 0), Duration.ofHours(-1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar.addWorkingDays(LocalDateTime.of(2026, 3, 9, 8, 0), -1));
    }

    @Test
    void computesEachYearOnceAndAnswersFromMemory() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 21, 9, 0);
        for (int i = 0; i < 10_000; i++) {
            calendar.addWorkingDays(start, 15);
        }
        assertThat(loadedYears).containsExactly(2026, 2027);
    }

    @Test
    void computesAYearAgainAfterItsAdjustmentsChanged() {
        calendar.isWorkingDay(of(2026, 6, 1));
        calendar.on(new CalendarAdjusted(of(2026, 6, 1)));
        calendar.isWorkingDay(of(2026, 6, 1));
        assertThat(loadedYears).containsExactly(2026, 2026);
    }

    @Test
    void knowsOnlyWeekendsBeforeTheLabourCode2019CameIntoForce() {
        assertThat(calendar.daysOff(2020)).isEmpty();
        assertThat(calendar.daysOff(1850)).isEmpty();
        assertThat(calendar.isWorkingDay(of(2020, 1, 1))).isTrue();
    }
}
