package vn.tinhso.organization;

import java.time.LocalDate;
import java.util.List;

/** The holiday rules the migration seeds (Bộ luật Lao động 2019 Art. 112), for tests that need no database. */
final class LabourCode2019 {

    private static final LocalDate IN_FORCE = LocalDate.of(2021, 1, 1);

    static final List<HolidayRule> RULES = List.of(
            rule(HolidayRule.Kind.SOLAR, 1, 1, 0, 1, "Tết Dương lịch", "New Year's Day"),
            rule(HolidayRule.Kind.TET, null, null, -1, 5, "Tết Nguyên đán", "Lunar New Year (Tết)"),
            rule(HolidayRule.Kind.SOLAR, 4, 30, 0, 1, "Ngày Chiến thắng", "Reunification Day"),
            rule(HolidayRule.Kind.SOLAR, 5, 1, 0, 1, "Ngày Quốc tế lao động", "International Workers' Day"),
            rule(HolidayRule.Kind.SOLAR, 9, 2, 0, 1, "Quốc khánh", "National Day"),
            rule(HolidayRule.Kind.ADJACENT, 9, 2, 0, 1, "Quốc khánh (ngày liền kề)", "National Day (adjacent day)"),
            rule(HolidayRule.Kind.LUNAR, 3, 10, 0, 1, "Giỗ Tổ Hùng Vương", "Hùng Kings Commemoration"));

    private LabourCode2019() {
    }

    private static HolidayRule rule(HolidayRule.Kind kind, Integer month, Integer day, int offset, int days,
                                    String nameVi, String nameEn) {
        return new HolidayRule(kind, month, day, offset, days, nameVi, nameEn, IN_FORCE, null);
    }
}
