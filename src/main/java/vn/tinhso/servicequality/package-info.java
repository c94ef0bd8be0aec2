/**
 * Service quality (chất lượng phục vụ): live statistics of the one-stop shop per agency, commune, field and the
 * whole province for any period — dossiers received (online, direct or postal, carried over), resolved (early, on
 * time, late), in progress (within the deadline, overdue), the online and on-time rates, processing time, online
 * payment, digitisation, electronic results and satisfaction; the official report Biểu 06/VPCP/KSTT (Thông tư
 * 01/2020/TT-VPCP); and the service-quality index of Quyết định 766/QĐ-TTg (2022) per unit, from a framework kept
 * as editable data, with the numerator, denominator, rate and points of every indicator.
 * <p>
 * The figures are kept live by aggregates that the dossier module's events update as they happen; a full
 * recomputation from the dossiers gives the same numbers.
 */
package vn.tinhso.servicequality;
