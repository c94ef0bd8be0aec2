package vn.tinhso.organization;

import java.time.LocalDate;

/**
 * An administrative unit as it existed during one period: a code may be reused by a different unit in another
 * period (province 31 Hải Phòng before and after 01/07/2025; commune 00004 Phường Trúc Bạch, then Phường Ba Đình).
 *
 * @param id surrogate identifier, stable for this unit and period
 * @param code GSO/NSO code, zero-padded (province 2 digits, district 3, commune 5)
 * @param level province, district or commune
 * @param type the type label as published, e.g. {@code Tỉnh}, {@code Thành phố Trung ương}, {@code Phường}
 * @param name full name as published, e.g. {@code Tỉnh Hải Dương}
 * @param parentId the unit it belongs to; {@code null} for a province
 * @param validFrom first day of validity; {@code null} when it existed before the records begin
 * @param validTo last day of validity; {@code null} while it is still valid
 */
public record AdminUnit(long id, String code, UnitLevel level, String type, String name, Long parentId,
                        LocalDate validFrom, LocalDate validTo) {

    /** Whether the unit is valid on the given day. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
