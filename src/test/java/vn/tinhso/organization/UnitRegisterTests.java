package vn.tinhso.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static vn.tinhso.organization.UnitRegister.Period.AFTER;
import static vn.tinhso.organization.UnitRegister.Period.BEFORE;

import org.junit.jupiter.api.Test;

/** Inconsistent lists stop the load with every problem named, before anything reaches the database. */
class UnitRegisterTests {

    private final UnitRegister register = new UnitRegister();

    @Test
    void refusesASuccessorCodeThatDoesNotResolve() {
        var haiDuong = register.add(BEFORE, UnitLevel.PROVINCE, "30", "Tỉnh", "Tỉnh Hải Dương", null, "a.csv:2");
        register.succeed(haiDuong, register.resolve(AFTER, UnitLevel.PROVINCE, "99", "b.csv:7"), null, false, "b.csv:7");
        assertThatIllegalStateException().isThrownBy(register::verify)
                .withMessageContaining("b.csv:7")
                .withMessageContaining("AFTER PROVINCE 99 does not exist");
        assertThat(register.successions()).isEmpty();
    }

    @Test
    void refusesOneCodeForTwoDifferentUnits() {
        register.add(BEFORE, UnitLevel.PROVINCE, "30", "Tỉnh", "Tỉnh Hải Dương", null, "a.csv:2");
        register.add(BEFORE, UnitLevel.PROVINCE, "30", "Tỉnh", "Tỉnh Hưng Yên", null, "a.csv:3");
        assertThatIllegalStateException().isThrownBy(register::verify).withMessageContaining("a.csv:3");
    }

    @Test
    void givesUnitsOfEachPeriodTheirValidity() {
        var before = register.add(BEFORE, UnitLevel.PROVINCE, "31", "Thành phố Trung ương", "Thành phố Hải Phòng", null, "");
        var after = register.add(AFTER, UnitLevel.PROVINCE, "31", "Thành phố Trung ương", "Thành phố Hải Phòng", null, "");
        assertThat(before.id()).isNotEqualTo(after.id());
        assertThat(before.validFrom()).isNull();
        assertThat(before.validTo()).hasToString("2025-06-30");
        assertThat(after.validFrom()).hasToString("2025-07-01");
        assertThat(after.validTo()).isNull();
    }

    @Test
    void readsQuotedCellsWithCommas() {
        assertThat(CsvFile.split("00112,00103,true,\"Nhập một phần diện tích, toàn bộ dân số\""))
                .containsExactly("00112", "00103", "true", "Nhập một phần diện tích, toàn bộ dân số");
    }
}
