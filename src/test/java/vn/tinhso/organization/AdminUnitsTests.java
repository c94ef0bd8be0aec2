package vn.tinhso.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The national lists are loaded at start-up, with the merger of 01/07/2025 kept as history. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminUnitsTests {

    private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
    private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

    @Autowired
    AdminUnits units;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsEveryUnitOfBothPeriods() {
        assertThat(count("PROVINCE", AFTER)).isEqualTo(34);
        assertThat(count("COMMUNE", AFTER)).isEqualTo(3_321);
        assertThat(count("PROVINCE", BEFORE)).isEqualTo(63);
        assertThat(count("DISTRICT", BEFORE)).isEqualTo(696);
        assertThat(count("COMMUNE", BEFORE)).isEqualTo(10_035);
        assertThat(count("DISTRICT", AFTER)).isZero();
    }

    @Test
    void haiDuongIsValidUntilTheEndOfJune2025AndIsSucceededByHaiPhong() {
        AdminUnit haiDuong = units.find("30", BEFORE).orElseThrow();
        assertThat(haiDuong.name()).isEqualTo("Tỉnh Hải Dương");
        assertThat(haiDuong.validTo()).isEqualTo(BEFORE);
        assertThat(units.find("30", AFTER)).isEmpty();
        assertThat(units.successorsOf(haiDuong.id()))
                .singleElement()
                .satisfies(haiPhong -> {
                    assertThat(haiPhong.code()).isEqualTo("31");
                    assertThat(haiPhong.name()).isEqualTo("Thành phố Hải Phòng");
                    assertThat(haiPhong.validFrom()).isEqualTo(AFTER);
                    assertThat(haiPhong.validTo()).isNull();
                });
    }

    @Test
    void theNewHaiPhongIsFormedFromHaiDuongAndTheOldHaiPhong() {
        AdminUnit haiPhong = units.find("31", AFTER).orElseThrow();
        AdminUnit oldHaiPhong = units.find("31", BEFORE).orElseThrow();
        assertThat(oldHaiPhong.id()).isNotEqualTo(haiPhong.id());
        var predecessors = jdbc.sql("""
                        SELECT u.code FROM unit_succession s JOIN admin_unit u ON u.id = s.predecessor_id
                        WHERE s.successor_id = :id ORDER BY u.code
                        """)
                .param("id", haiPhong.id()).query(String.class).list();
        assertThat(predecessors).containsExactly("30", "31");
        assertThat(units.successorsOf(oldHaiPhong.id())).extracting(AdminUnit::id).containsExactly(haiPhong.id());
    }

    @Test
    void aReusedCommuneCodeNamesDifferentUnitsBeforeAndAfterTheReform() {
        assertThat(units.find("00004", BEFORE)).get().extracting(AdminUnit::name).isEqualTo("Phường Trúc Bạch");
        assertThat(units.find("00004", AFTER)).get().extracting(AdminUnit::name).isEqualTo("Phường Ba Đình");
    }

    @Test
    void aDividedOldCommuneHasSeveralSuccessors() {
        AdminUnit ngocHa = units.find("00016", BEFORE).orElseThrow();
        assertThat(ngocHa.name()).isEqualTo("Phường Ngọc Hà");
        assertThat(units.successorsOf(ngocHa.id())).hasSizeGreaterThan(1)
                .extracting(AdminUnit::level).containsOnly(UnitLevel.COMMUNE);
        assertThat(units.successorsOf(ngocHa.id())).extracting(AdminUnit::validFrom).containsOnly(AFTER);
    }

    @Test
    void anIslandDistrictBecomesASpecialZone() {
        AdminUnit bachLongVi = units.find("318", BEFORE).orElseThrow();
        assertThat(units.successorsOf(bachLongVi.id())).singleElement()
                .satisfies(zone -> assertThat(zone.type()).isEqualTo("Đặc khu"))
                .satisfies(zone -> assertThat(zone.code()).isEqualTo("11948"));
    }

    @Test
    void anOrdinaryDistrictHasNoSuccessorBecauseTheDistrictLevelEnded() {
        AdminUnit cityOfHaiDuong = units.find("288", BEFORE).orElseThrow();
        assertThat(cityOfHaiDuong.type()).isEqualTo("Thành phố");
        assertThat(units.successorsOf(cityOfHaiDuong.id())).isEmpty();
        assertThat(units.find("288", AFTER)).isEmpty();
    }

    @Test
    void everyOldCommuneHasASuccessorAndEveryNewCommuneAPredecessor() {
        assertThat(jdbc.sql("""
                SELECT count(*) FROM admin_unit u
                WHERE u.level = 'COMMUNE' AND u.valid_to IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM unit_succession s WHERE s.predecessor_id = u.id)
                """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM admin_unit u
                WHERE u.valid_from IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM unit_succession s WHERE s.successor_id = u.id)
                """).query(Long.class).single()).isZero();
    }

    private long count(String level, LocalDate on) {
        return jdbc.sql("""
                        SELECT count(*) FROM admin_unit
                        WHERE level = :level
                          AND (valid_from IS NULL OR valid_from <= :on) AND (valid_to IS NULL OR valid_to >= :on)
                        """)
                .param("level", level).param("on", on).query(Long.class).single();
    }
}
