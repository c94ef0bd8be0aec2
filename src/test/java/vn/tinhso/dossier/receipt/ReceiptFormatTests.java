package vn.tinhso.dossier.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** The slip writes dates, times and amounts as Vietnamese administrative documents do. */
class ReceiptFormatTests {

    @Test
    void timesReadAsHoursMinutesAndDay() {
        assertThat(ReceiptPdf.time(LocalDateTime.of(2025, 11, 25, 14, 5))).isEqualTo("14 giờ 05 phút, ngày 25/11/2025");
    }

    @Test
    void theDateLinePadsDaysUnderTenAndJanuaryAndFebruary() {
        assertThat(ReceiptPdf.dateLine(LocalDate.of(2026, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2026");
        assertThat(ReceiptPdf.dateLine(LocalDate.of(2025, 11, 25))).isEqualTo("ngày 25 tháng 11 năm 2025");
        assertThat(ReceiptPdf.dateLine(LocalDate.of(2025, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2025");
    }

    @Test
    void amountsAreInDongWithDotsBetweenThousands() {
        assertThat(ReceiptPdf.money(200_000)).isEqualTo("200.000 đồng");
        assertThat(ReceiptPdf.money(1_250_000)).isEqualTo("1.250.000 đồng");
    }
}
