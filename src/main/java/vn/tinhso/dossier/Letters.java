package vn.tinhso.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.dossier.receipt.ApologyLetter;
import vn.tinhso.dossier.receipt.LetterPdf;
import vn.tinhso.dossier.receipt.StopNotice;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.organization.Agencies;
import vn.tinhso.organization.Agency;
import vn.tinhso.organization.AgencyCode;

/**
 * Letters to the applicant, recorded when issued and drawn as PDF when read: form 04 (apology for the delay and the
 * new date) and form 05 (notice of stopping, with the reason). Thông tư 01/2018/TT-VPCP, renumbered by Thông tư
 * 03/2025/TT-VPCP.
 */
@Component
class Letters {

    static final String APOLOGY = "04";
    static final String STOP = "05";

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final Names names;

    Letters(JdbcClient jdbc, Agencies agencies, Names names) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.names = names;
    }

    void issue(Dossier dossier, String form, String reason, Instant oldDue, Instant newDue, CurrentUser issuer,
               Instant at) {
        jdbc.sql("""
                INSERT INTO dossier_letter (dossier_id, form, reason, old_due_at, new_due_at, issued_at, issued_by,
                    signer_name)
                VALUES (:id, :form, :reason, :oldDue, :newDue, :at, :by, :signer)
                """)
                .param("id", dossier.id).param("form", form).param("reason", reason)
                .param("oldDue", oldDue == null ? null : Timestamp.from(oldDue))
                .param("newDue", newDue == null ? null : Timestamp.from(newDue)).param("at", Timestamp.from(at))
                .param("by", issuer.username()).param("signer", issuer.displayName()).update();
    }

    List<Letter> of(Dossier dossier) {
        return jdbc.sql("""
                SELECT id, form, reason, old_due_at, new_due_at, issued_at, issued_by, signer_name
                FROM dossier_letter WHERE dossier_id = :id ORDER BY id
                """)
                .param("id", dossier.id)
                .query((rs, row) -> new Letter(rs.getLong("id"), rs.getString("form"), rs.getString("reason"),
                        instant(rs.getTimestamp("old_due_at")), instant(rs.getTimestamp("new_due_at")),
                        rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"),
                        rs.getString("signer_name")))
                .list();
    }

    byte[] pdf(Dossier dossier, Letter letter) {
        Agency agency = agencies.find(new AgencyCode(dossier.agencyCode)).orElseThrow();
        String place = Receipts.placeName(agency.unitName());
        String procedure = names.version(dossier.procedureCode, dossier.procedureVersion).name();
        var issuedOn = Deadlines.local(letter.issuedAt()).toLocalDate();
        var received = dossier.receivedAt() == null ? null : Deadlines.local(dossier.receivedAt());
        if (APOLOGY.equals(letter.form())) {
            return LetterPdf.apology(new ApologyLetter(agency.name(), place, issuedOn, dossier.code.value(),
                    dossier.applicant.fullName(), procedure, received, Deadlines.local(letter.oldDue()),
                    letter.reason(), Deadlines.local(letter.newDue()), "Người đại diện", letter.signerName()));
        }
        return LetterPdf.stop(new StopNotice(agency.name(), place, issuedOn, dossier.code.value(),
                dossier.applicant.fullName(), procedure, received, letter.reason(), "Người đại diện",
                letter.signerName()));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** A letter as issued. */
    record Letter(long id, String form, String reason, Instant oldDue, Instant newDue, Instant issuedAt,
                  String issuedBy, String signerName) {
    }
}
