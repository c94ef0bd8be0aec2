package vn.tinhso.organization;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.tinhso.platform.Refusal;

/** The calendar as the application runs it: rules and the government's adjustments from the migrated database. */
@SpringBootTest
class WorkingCalendarDatabaseTests {

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    HolidayRules rules;

    @Autowired
    CalendarAdjustments adjustments;

    @Test
    void seedsTheLabourCode2019HolidayRules() {
        assertThat(rules.all()).containsExactlyInAnyOrderElementsOf(LabourCode2019.RULES);
    }

    @Test
    void makesSaturday4May2024AWorkingDayInExchangeForMonday29April() {
        assertThat(calendar.isWorkingDay(of(2024, 5, 4))).isTrue();
        assertThat(calendar.isWorkingDay(of(2024, 4, 29))).isFalse();
        assertThat(calendar.dayOff(of(2024, 4, 29))).get().extracting(DayOff::kind)
                .isEqualTo(DayOff.Kind.GOVERNMENT_DAY_OFF);
    }

    @Test
    void closesAgenciesFrom8To14February2024ForTet() {
        assertClosedBetween(of(2024, 2, 8), of(2024, 2, 14));
    }

    @Test
    void closesAgenciesFrom25JanuaryTo2February2025ForTet() {
        assertClosedBetween(of(2025, 1, 25), of(2025, 2, 2));
    }

    @Test
    void closesAgenciesFrom14To22February2026ForTet() {
        assertClosedBetween(of(2026, 2, 14), of(2026, 2, 22));
    }

    @Test
    void closesAgenciesFrom5To11February2027ForTet() {
        assertClosedBetween(of(2027, 2, 5), of(2027, 2, 11));
    }

    @Test
    void closesAgenciesFrom30AprilTo4May2025AfterTheMakeUpSaturday26April() {
        assertClosedBetween(of(2025, 4, 30), of(2025, 5, 4));
        assertThat(calendar.isWorkingDay(of(2025, 4, 26))).isTrue();
    }

    @Test
    void receivesAnOnlineFilingOnFriday29August2025At1730OnWednesday3SeptemberMorning() {
        LocalDateTime received = calendar.nextWorkingMoment(LocalDateTime.of(2025, 8, 29, 17, 30));
        assertThat(received).isEqualTo(LocalDateTime.of(2025, 9, 3, 7, 30));
        assertThat(calendar.addWorkingDays(received, 3)).isEqualTo(LocalDateTime.of(2025, 9, 5, 17, 30));
    }

    @Test
    void followsAnAdjustmentAsSoonAsItIsAddedAndForgetsItWhenRemoved() {
        LocalDate saturday = of(2031, 3, 8);
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        adjustments.add(new AdjustmentForm(saturday, "WORKING_DAY", "Làm bù", null, "thử nghiệm"));
        try {
            assertThat(calendar.isWorkingDay(saturday)).isTrue();
            assertThatExceptionOfType(Refusal.class).isThrownBy(() -> adjustments.add(
                    new AdjustmentForm(saturday, "DAY_OFF", "Nghỉ", null, null)))
                    .extracting(Refusal::code).isEqualTo("calendar.adjustment.duplicate");
        } finally {
            adjustments.remove(saturday);
        }
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
    }

    private void assertClosedBetween(LocalDate first, LocalDate last) {
        assertThat(calendar.isWorkingDay(first.minusDays(1))).as("day before %s", first).isTrue();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse();
        }
        assertThat(calendar.isWorkingDay(last.plusDays(1))).as("day after %s", last).isTrue();
    }
}
