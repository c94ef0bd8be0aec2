package vn.tinhso.dossier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import vn.tinhso.dossier.receipt.ResultDocument;
import vn.tinhso.dossier.receipt.ResultPdf;
import vn.tinhso.dossier.signing.ResultSigner;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.organization.Agencies;
import vn.tinhso.organization.Agency;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.platform.TinhsoProperties;
import vn.tinhso.procedure.Procedure;

/**
 * The result of a dossier: generated as a PDF when the leader approves, signed with the certificate of the agency
 * that approved it (PAdES), stored once by its SHA-256 like the papers, and recorded as an electronic result. Anyone
 * can check the signature on the public verification page whose address is printed on the document.
 */
@Component
class Results {

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final ResultSigner signer;
    private final Attachments attachments;
    private final TinhsoProperties platform;

    Results(JdbcClient jdbc, Agencies agencies, ResultSigner signer, Attachments attachments,
            TinhsoProperties platform) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.signer = signer;
        this.attachments = attachments;
        this.platform = platform;
    }

    /** Generates, signs and stores the result; written in the caller's transaction. */
    StoredResult issue(Dossier dossier, Procedure procedure, CurrentUser approver, String agencyCode, Instant at) {
        Agency agency = agencies.find(new AgencyCode(agencyCode)).orElseThrow();
        var applicant = dossier.applicant;
        String resultName = procedure.details().result().name();
        var document = new ResultDocument(agency.name(), Receipts.placeName(agency.unitName()),
                Deadlines.local(at).toLocalDate(), dossier.code.value(), procedure.name(), procedure.code().value(),
                resultName, applicant.fullName(), applicant.identityNumber(), applicant.address(),
                decision(procedure, dossier, agency, resultName), approver.displayName(), Deadlines.local(at),
                verifyUrl());
        byte[] signed = signer.sign(ResultPdf.of(document), agencyCode, "Kết quả hồ sơ " + dossier.code.value());
        StoredFile file = attachments.store(new ByteArrayInputStream(signed),
                "ket-qua-" + dossier.code.value() + ".pdf");
        jdbc.sql("""
                INSERT INTO dossier_result (dossier_id, file_name, sha256, size_bytes, signed_at, approved_by,
                    agency_code)
                VALUES (:id, :fileName, :sha256, :size, :at, :approver, :agency)
                """)
                .param("id", dossier.id).param("fileName", file.fileName()).param("sha256", file.sha256())
                .param("size", file.size()).param("at", Timestamp.from(at)).param("approver", approver.username())
                .param("agency", agencyCode).update();
        return new StoredResult(file.fileName(), file.sha256(), file.size(), at, approver.username(), agencyCode);
    }

    Optional<StoredResult> of(Dossier dossier) {
        return jdbc.sql("""
                SELECT file_name, sha256, size_bytes, signed_at, approved_by, agency_code
                FROM dossier_result WHERE dossier_id = :id
                """)
                .param("id", dossier.id)
                .query((rs, row) -> new StoredResult(rs.getString("file_name"), rs.getString("sha256"),
                        rs.getLong("size_bytes"), rs.getTimestamp("signed_at").toInstant(), rs.getString("approved_by"),
                        rs.getString("agency_code")))
                .optional();
    }

    byte[] bytes(StoredResult result) {
        try (var in = attachments.open(result.sha256())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decision(Procedure procedure, Dossier dossier, Agency agency, String resultName) {
        String basis = procedure.details().legalBasis().lines().map(String::strip).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "; " + b).orElse("");
        return (basis.isEmpty() ? "" : "Căn cứ " + basis + ";\n")
                + "Xét hồ sơ số " + dossier.code.value() + " của Ông/Bà " + dossier.applicant.fullName()
                + " đề nghị giải quyết thủ tục " + procedure.name() + ",\n"
                + agency.name() + " giải quyết hồ sơ và cấp " + resultName + " cho Ông/Bà "
                + dossier.applicant.fullName() + ".";
    }

    private String verifyUrl() {
        return UriComponentsBuilder.fromUriString(platform.baseUrl()).path("/verify").build().toUriString();
    }

    /** A signed result as stored. */
    record StoredResult(String fileName, String sha256, long size, java.time.Instant signedAt, String approvedBy,
                        String agencyCode) {
    }
}
