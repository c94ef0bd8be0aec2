package vn.tinhso.organization;

import java.time.LocalDate;

/**
 * An agency that receives or handles dossiers: a people's committee, a department, the public administration
 * service centre or a commune's one-stop desk.
 *
 * @param id surrogate identifier
 * @param code identifier code (Quyết định 20/2020/QĐ-TTg), used in dossier codes
 * @param name full name, e.g. {@code Sở Tư pháp thành phố Hải Phòng}
 * @param kind what sort of body it is
 * @param unitCode GSO/NSO code of the administrative unit it serves
 * @param unitName name of that unit
 * @param validFrom first day it worked; {@code null} when before the records begin
 * @param validTo last day it worked (e.g. before a merger); {@code null} while it still works
 */
public record Agency(long id, AgencyCode code, String name, AgencyKind kind, String unitCode, String unitName,
                     LocalDate validFrom, LocalDate validTo) {
}
