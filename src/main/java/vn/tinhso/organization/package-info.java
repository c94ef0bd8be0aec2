/**
 * Administrative units and agencies of the province, and the working calendar.
 * <ul>
 *   <li>Units (province, district before 01/07/2025, commune) with their GSO/NSO codes, parent, validity period
 *   and successors, loaded from the national lists (Nghị quyết 202/2025/QH15: 34 provinces, no districts,
 *   3,321 communes from 01/07/2025), so that history such as Hải Dương (30) merged into Hải Phòng (31) stays
 *   readable.</li>
 *   <li>Agencies (departments, people's committees, the public administration service centre, commune service
 *   points) with their identifier codes (Quyết định 20/2020/QĐ-TTg) and the unit they serve.</li>
 *   <li>The working calendar: working hours, public holidays (Bộ luật Lao động 2019 Art. 112, lunar ones from a
 *   Vietnamese lunar calendar at UTC+7) and the yearly days off and make-up working days the government sets.</li>
 * </ul>
 */
package vn.tinhso.organization;
