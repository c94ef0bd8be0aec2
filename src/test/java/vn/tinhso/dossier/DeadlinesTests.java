package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.procedure.ProcessingTime;

/** Receipt and due dates on real calendar days, with the government's days off of 2025 and 2026. */
@SpringBootTest
class DeadlinesTests {

    @Autowired
    Deadlines deadlines;

    @Test
    void aDossierFiledOnlineAt23OnASundayIsReceivedMondayMorningAndCountedFromTuesday() {
        Instant receipt = deadlines.receipt(at("2025-11-23T23:00"), null);
        assertThat(local(receipt)).isEqualTo("2025-11-24T07:30");
        assertThat(local(deadlines.due(receipt, days(3)))).isEqualTo("2025-11-27T17:30");
    }

    @Test
    void aFilingAt1730OnTheFridayBeforeNationalDayWaitsForTheBreakToEnd() {
        Instant receipt = deadlines.receipt(at("2025-08-29T17:30"), null);
        assertThat(local(receipt)).isEqualTo("2025-09-03T07:30");
        assertThat(local(deadlines.due(receipt, days(1)))).isEqualTo("2025-09-04T17:30");
    }

    @Test
    void aFilingAfterTheProceduresCutOffHourCountsFromTheNextWorkingDay() {
        assertThat(local(deadlines.receipt(at("2025-11-25T15:30"), LocalTime.of(15, 0)))).isEqualTo("2025-11-26T07:30");
        assertThat(local(deadlines.receipt(at("2025-11-25T14:59"), LocalTime.of(15, 0)))).isEqualTo("2025-11-25T14:59");
    }

    @Test
    void tetIsSkippedWhenCountingWorkingDays() {
        Instant receipt = deadlines.receipt(at("2026-02-13T10:00"), null);
        assertThat(local(receipt)).isEqualTo("2026-02-13T10:00");
        assertThat(local(deadlines.due(receipt, days(5)))).isEqualTo("2026-02-27T17:30");
    }

    @Test
    void workingHoursRunFromReceiptAcrossTheWeekend() {
        Instant receipt = deadlines.receipt(at("2025-11-28T16:00"), null);
        assertThat(local(deadlines.due(receipt, new ProcessingTime(4, ProcessingTime.Unit.WORKING_HOURS))))
                .isEqualTo("2025-12-01T10:00");
    }

    @Test
    void countsTheWorkingDaysLeftRoundedUpAndLateAsNegative() {
        Instant due = at("2025-11-27T17:30");
        assertThat(deadlines.workingDaysLeft(at("2025-11-24T07:30"), due)).isEqualTo(4);
        assertThat(deadlines.workingDaysLeft(at("2025-11-27T12:00"), due)).isEqualTo(1);
        assertThat(deadlines.workingDaysLeft(at("2025-11-28T17:30"), due)).isEqualTo(-1);
    }

    private static ProcessingTime days(int amount) {
        return new ProcessingTime(amount, ProcessingTime.Unit.WORKING_DAYS);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(WorkingCalendar.ZONE).toInstant();
    }

    private static String local(Instant at) {
        return Deadlines.local(at).toString();
    }
}
