package vn.tinhso.organization;

import static vn.tinhso.organization.UnitRegister.Period.AFTER;
import static vn.tinhso.organization.UnitRegister.Period.BEFORE;
import static vn.tinhso.organization.UnitLevel.COMMUNE;
import static vn.tinhso.organization.UnitLevel.DISTRICT;
import static vn.tinhso.organization.UnitLevel.PROVINCE;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the four files in {@code organization/admin-units/} (see SOURCES.md there) into a {@link UnitRegister}:
 * units before and after 01/07/2025, the province merger and the commune conversion table.
 */
final class NationalUnitLists {

    private static final String FOLDER = "organization/admin-units/";

    private final UnitRegister register = new UnitRegister();

    private NationalUnitLists() {
    }

    /** Everything read and checked; throws listing every problem when a code does not resolve. */
    static UnitRegister read() throws IOException {
        var lists = new NationalUnitLists();
        lists.unitsBefore(rows("units-2024.csv"));
        lists.unitsAfter(rows("units-2025.csv"));
        lists.provinceMerger(rows("province-merger-2025.csv"));
        lists.communeMapping(rows("commune-mapping-2025.csv"));
        lists.register.verify();
        return lists.register;
    }

    private static List<CsvFile.Row> rows(String file) throws IOException {
        return CsvFile.read(new ClassPathResource(FOLDER + file));
    }

    private void unitsBefore(List<CsvFile.Row> rows) {
        for (var row : rows) {
            String provinceName = row.get("province_name");
            // Until 30/06/2025 the six centrally-run cities (Huế from 01/01/2025, Nghị quyết 175/2024/QH15) were the
            // only provinces named "Thành phố …"; the 2024 list does not publish the province type.
            String provinceType = provinceName.startsWith("Thành phố ") ? "Thành phố Trung ương" : "Tỉnh";
            var province = register.add(BEFORE, PROVINCE, row.get("province_code"), provinceType, provinceName,
                    null, row.where());
            var district = register.add(BEFORE, DISTRICT, row.get("district_code"), row.get("district_type"),
                    row.get("district_name"), province, row.where());
            if (row.optional("commune_code") != null) {
                register.add(BEFORE, COMMUNE, row.get("commune_code"), row.get("commune_type"),
                        row.get("commune_name"), district, row.where());
            }
        }
    }

    private void unitsAfter(List<CsvFile.Row> rows) {
        for (var row : rows) {
            var province = register.add(AFTER, PROVINCE, row.get("province_code"), row.get("province_type"),
                    row.get("province_name"), null, row.where());
            register.add(AFTER, COMMUNE, row.get("commune_code"), row.get("commune_type"), row.get("commune_name"),
                    province, row.where());
        }
    }

    /**
     * Every old province goes to exactly one new one (Nghị quyết 202/2025/QH15). The file has no remark, so the note
     * says "Giữ nguyên" for the 11 provinces kept as they were and "Nhập toàn bộ" for the merged ones.
     */
    private void provinceMerger(List<CsvFile.Row> rows) {
        Map<String, Integer> predecessors = new HashMap<>();
        rows.forEach(row -> predecessors.merge(row.get("new_province_code"), 1, Integer::sum));
        for (var row : rows) {
            var before = register.resolve(BEFORE, PROVINCE, row.get("old_province_code"), row.where());
            var after = register.resolve(AFTER, PROVINCE, row.get("new_province_code"), row.where());
            String note = predecessors.get(row.get("new_province_code")) == 1 ? "Giữ nguyên" : "Nhập toàn bộ";
            register.succeed(before, after, note, false, row.where());
        }
        register.units().stream()
                .filter(unit -> unit.level() == PROVINCE && unit.validFrom() == null)
                .filter(unit -> rows.stream().noneMatch(row -> row.get("old_province_code").equals(unit.code())))
                .forEach(unit -> register.problem("province-merger-2025.csv", "no new province for " + unit.code()));
    }

    /**
     * Old commune → new commune, many to many. Of the rows without an old commune code only the island districts
     * that had no communes are kept (district → special zone); the Kim Sơn coastal strip is not a unit.
     */
    private void communeMapping(List<CsvFile.Row> rows) {
        for (var row : rows) {
            var after = register.resolve(AFTER, COMMUNE, row.get("new_commune_code"), row.where());
            String oldCode = row.optional("old_commune_code");
            String note = row.optional("note_vi");
            boolean split = Boolean.parseBoolean(row.get("old_commune_split"));
            if (oldCode != null) {
                register.succeed(register.resolve(BEFORE, COMMUNE, oldCode, row.where()), after, note, split,
                        row.where());
            } else if (isIslandDistrict(row.get("old_district_code"))) {
                register.succeed(register.resolve(BEFORE, DISTRICT, row.get("old_district_code"), row.where()),
                        after, note, split, row.where());
            }
        }
    }

    private boolean isIslandDistrict(String districtCode) {
        var district = register.resolve(BEFORE, DISTRICT, districtCode, "commune-mapping-2025.csv");
        return district != null && register.units().stream()
                .noneMatch(unit -> unit.parentId() != null && unit.parentId() == district.id());
    }
}
