package vn.tinhso.dossier;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * The applicant answers a supplement request (form 02) online: the missing papers are added to the dossier and
 * it goes back to the one-stop officer as newly filed. Papers are appended; nothing received earlier is replaced.
 */
@Service
class Supplements {

    private final Dossiers dossiers;
    private final Uploads uploads;
    private final Names names;
    private final AuditLog audit;

    Supplements(Dossiers dossiers, Uploads uploads, Names names, AuditLog audit) {
        this.dossiers = dossiers;
        this.uploads = uploads;
        this.names = names;
        this.audit = audit;
    }

    @Transactional
    Dossier complete(CurrentUser citizen, DossierCode code, List<Submission.Document> documents) {
        Dossier dossier = dossiers.find(code)
                .filter(found -> citizen != null && Long.valueOf(citizen.accountId()).equals(found.ownerAccountId))
                .orElseThrow(() -> new NotFound("hồ sơ", code.value()));
        if (documents.isEmpty()) {
            throw Refusal.of("dossier.supplement.no-papers");
        }
        var papers = names.version(dossier.procedureCode, dossier.procedureVersion).details().documents();
        int position = dossiers.nextDocumentPosition(dossier.id);
        dossier.supplemented(citizen.username());
        for (Submission.Document document : documents) {
            if (document.paper() >= papers.size()) {
                throw Refusal.of("dossier.document.unknown-paper", document.paper() + 1);
            }
            StoredFile file = uploads.claimable(document.upload(), citizen.username())
                    .orElseThrow(() -> Refusal.of("dossier.document.unknown-upload", document.upload()));
            dossiers.addDocument(dossier.id, position++, papers.get(document.paper()).name(), file);
            uploads.claim(document.upload(), dossier.id);
        }
        dossiers.save(dossier);
        audit.record(citizen.username(), "dossier.supplemented", code.value(), documents.size() + " papers");
        return dossier;
    }
}
