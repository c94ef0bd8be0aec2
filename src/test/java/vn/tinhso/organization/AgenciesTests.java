package vn.tinhso.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo agencies of Hải Phòng and the former ones of Hải Dương are loaded with the units they serve. */
@SpringBootTest
@AutoConfigureMockMvc
class AgenciesTests {

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsExactlyTheDemoAgencies() {
        assertThat(jdbc.sql("SELECT count(*) FROM agency").query(Long.class).single()).isEqualTo(23);
    }

    @Test
    void findsThePeoplesCommitteeOfHaiPhongWithItsCurrentProvince() {
        Agency committee = agencies.find(new AgencyCode("000.00.00.H26")).orElseThrow();
        assertThat(committee.name()).isEqualTo("Ủy ban nhân dân thành phố Hải Phòng");
        assertThat(committee.kind()).isEqualTo(AgencyKind.PEOPLES_COMMITTEE);
        assertThat(committee.unitCode()).isEqualTo("31");
        assertThat(committee.unitName()).isEqualTo("Thành phố Hải Phòng");
        assertThat(committee.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(committee.validTo()).isNull();
    }

    @Test
    void aCommuneServicePointServesItsNewWard() {
        Agency desk = agencies.find(new AgencyCode("525.01.00.H26")).orElseThrow();
        assertThat(desk.kind()).isEqualTo(AgencyKind.COMMUNE_SERVICE_POINT);
        assertThat(desk.unitCode()).isEqualTo("10525");
        assertThat(desk.unitName()).isEqualTo("Phường Hải Dương");
    }

    @Test
    void theFormerPeoplesCommitteeOfHaiDuongServesTheOldProvinceAndHasASuccessor() {
        Agency former = agencies.find(new AgencyCode("000.00.00.H23")).orElseThrow();
        assertThat(former.unitName()).isEqualTo("Tỉnh Hải Dương");
        assertThat(former.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        String successor = jdbc.sql("""
                        SELECT s.code FROM agency a JOIN agency s ON s.id = a.successor_id WHERE a.code = :code
                        """)
                .param("code", "000.00.00.H23").query(String.class).single();
        assertThat(successor).isEqualTo("000.00.00.H26");
        String unitValidTo = jdbc.sql("""
                        SELECT u.valid_to::text FROM agency a JOIN admin_unit u ON u.id = a.unit_id WHERE a.code = :code
                        """)
                .param("code", "000.00.00.H23").query(String.class).single();
        assertThat(unitValidTo).isEqualTo("2025-06-30");
    }

    @Test
    void predecessorsFollowMergersAtAnyDepth() {
        assertThat(agencies.predecessors("000.00.00.H26")).containsExactly("000.00.00.H23");
        assertThat(agencies.predecessors("000.13.00.H26")).contains("000.25.00.H23");
        assertThat(agencies.predecessors("000.11.00.H26")).isEmpty();
    }

    @Test
    void currentAgenciesLeaveOutTheMergedOnes() {
        assertThat(agencies.current()).extracting(agency -> agency.code().value())
                .hasSize(20)
                .contains("000.00.00.H26", "507.01.00.H26")
                .doesNotContain("000.00.00.H23", "000.25.00.H23", "000.05.00.H23");
    }

    @Test
    void anUnknownCodeFindsNothing() {
        assertThat(agencies.find(new AgencyCode("999.99.99.H99"))).isEmpty();
    }
}
