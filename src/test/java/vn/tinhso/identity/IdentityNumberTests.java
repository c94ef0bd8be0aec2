package vn.tinhso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.tinhso.platform.Refusal;

class IdentityNumberTests {

    @Test
    void readsProvinceCenturySexAndBirthYear() {
        var number = IdentityNumber.parse("030 095 001 234");
        assertThat(number.value()).isEqualTo("030095001234");
        assertThat(number.birthProvinceName()).isEqualTo("Tỉnh Hải Dương");
        assertThat(number.birthYear()).isEqualTo(1995);
        assertThat(number.male()).isTrue();
        assertThat(number.lastFour()).isEqualTo("1234");
    }

    @Test
    void readsAWomanBornThisCenturyInHaiPhong() {
        var number = IdentityNumber.parse("031305123456");
        assertThat(number.birthYear()).isEqualTo(2005);
        assertThat(number.male()).isFalse();
        assertThat(number.birthProvinceCode()).isEqualTo("031");
    }

    @Test
    void refusesAnythingButTwelveDigits() {
        assertRefused("03009500123", "identity.number.format");
        assertRefused("0300950012345", "identity.number.format");
        assertRefused("03009500123A", "identity.number.format");
        assertRefused("", "identity.number.format");
        assertRefused(null, "identity.number.format");
    }

    @Test
    void refusesAProvinceCodeThatDoesNotExist() {
        assertRefused("003095001234", "identity.number.province"); // 03 is no province code
        assertRefused("099095001234", "identity.number.province");
    }

    @Test
    void refusesACenturyDigitBeyondTheTwentySecondCentury() {
        assertRefused("030695001234", "identity.number.century");
    }

    @Test
    void refusesABirthYearInTheFuture() {
        assertRefused("030299001234", "identity.number.future"); // born 2099
    }

    @Test
    void refusesADateOfBirthThatContradictsTheNumber() {
        var number = IdentityNumber.parse("030095001234");
        number.requireBornOn(LocalDate.of(1995, 3, 2));
        assertThatThrownBy(() -> number.requireBornOn(LocalDate.of(1996, 3, 2)))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("identity.number.birth-year-mismatch"));
    }

    private static void assertRefused(String typed, String code) {
        assertThatThrownBy(() -> IdentityNumber.parse(typed))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.code()).isEqualTo(code));
    }
}
