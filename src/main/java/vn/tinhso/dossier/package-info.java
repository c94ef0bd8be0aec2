/**
 * The dossier (hồ sơ) of the one-stop shop and its lifecycle: online submission by a citizen, registration at
 * the desk or by post by an officer, reception (accept, refuse, request a supplement), the legal dossier code
 * (Thông tư 01/2018/TT-VPCP Art. 19), the due date in working time, the documents (stored once, by their SHA-256)
 * and the append-only history of what happened; the receipt and appointment slip (form 01) as a PDF with a QR code
 * to the tracking page; the applicant's rating of the service once the result is out, and their feedback and
 * complaints (phản ánh, kiến nghị, khiếu nại), each with a due date for the agency's answer; and the notifications
 * sent to the applicant on every change that concerns them (e-mail, with SMS/Zalo adapters; a log sink by default).
 * <p>
 * Other modules learn about dossiers from its events ({@link vn.tinhso.dossier.DossierSubmitted},
 * {@link vn.tinhso.dossier.DossierReceived}, …).
 */
package vn.tinhso.dossier;
