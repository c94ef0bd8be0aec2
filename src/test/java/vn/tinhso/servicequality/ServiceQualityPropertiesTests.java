package vn.tinhso.servicequality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ServiceQualityPropertiesTests {

    @Test
    void aRecomputationMemoryPostgreSqlWouldRefuseIsRefusedAtStartNamingTheSetting() {
        assertThatThrownBy(() -> new ServiceQualityProperties("000.00.00.H26", "000.01.00.H26", DataSize.ofBytes(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tinhso.service-quality.recomputation-memory");
        assertThat(new ServiceQualityProperties("000.00.00.H26", "000.01.00.H26", DataSize.ofMegabytes(512))
                .recomputationMemory().toKilobytes()).isEqualTo(524_288);
    }
}
