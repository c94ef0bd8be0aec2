package vn.tinhso.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Identifier codes have the form of Quyết định 20/2020/QĐ-TTg. */
class AgencyCodeTests {

    @Test
    void acceptsTheCodeOfTheHaiPhongPeoplesCommittee() {
        assertThat(new AgencyCode("000.00.00.H26").value()).isEqualTo("000.00.00.H26");
    }

    @Test
    void acceptsACodeOfExactlyThirtyFiveCharacters() {
        String longest = "000.00.00.H26.0000.0000.0000.000ABC";
        assertThat(longest).hasSize(35);
        assertThat(new AgencyCode(longest).value()).isEqualTo(longest);
    }

    @Test
    void refusesACodeLongerThanThirtyFiveCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AgencyCode("000.00.00.H26.0000.0000.0000.000ABCD"))
                .withMessageContaining("tối đa 35 ký tự");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000.00.00.h26", "000..00.H26", ".000.00.H26", "000.00.00.H26.", "000 00 00 H26",
            "000-00-00-H26", "000.00.00.Đ26", "000.00.00.H26\n"})
    void refusesLowercaseEmptyGroupsAndOtherCharacters(String wrong) {
        assertThatIllegalArgumentException().isThrownBy(() -> new AgencyCode(wrong))
                .withMessageContaining("không hợp lệ")
                .withMessageContaining("Quyết định 20/2020/QĐ-TTg");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesNoCodeAtAll(String nothing) {
        assertThatIllegalArgumentException().isThrownBy(() -> new AgencyCode(nothing));
    }
}
