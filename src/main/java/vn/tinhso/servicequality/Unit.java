package vn.tinhso.servicequality;

import java.time.LocalDate;

/**
 * A unit figures are kept for: an agency, standing for itself and every agency below it. The province is its
 * People's Committee; a commune is its People's Committee with its one-stop desk.
 *
 * @param code the agency identifier code (Quyết định 20/2020/QĐ-TTg)
 * @param name the agency's name
 * @param kind PEOPLES_COMMITTEE, DEPARTMENT, SERVICE_CENTRE, COMMUNE_SERVICE_POINT or OTHER
 * @param parentCode the unit its figures roll up into, null for the province
 * @param validFrom the first day the agency worked, null when before the records begin
 * @param validTo the last day it worked (e.g. before a merger), null while it works
 */
public record Unit(String code, String name, String kind, String parentCode, LocalDate validFrom,
                   LocalDate validTo) {

    /** Whether the agency worked on some day of the period. */
    public boolean workedDuring(Period period) {
        return (validFrom == null || !validFrom.isAfter(period.to()))
                && (validTo == null || !validTo.isBefore(period.from()));
    }
}
