/**
 * The catalogue of administrative procedures (thủ tục hành chính) the province offers: for each procedure its
 * national code, field, level, implementing agencies, who may apply, processing time in working days or hours,
 * receipt cut-off hour, fees and charges, required documents, result, online service level (Nghị định
 * 42/2022/NĐ-CP Art. 11), publication on the national portal, legal basis, and its internal workflow as data.
 * <p>
 * Procedures are versioned: a change is a new version with the date it takes effect, so a dossier filed last
 * year still reads the rules of last year. {@link vn.tinhso.procedure.Procedures} is the module's API.
 */
package vn.tinhso.procedure;
