package vn.tinhso.dossier;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A dossier as filed: online by a citizen ({@code POST /api/dossiers}) or registered by an officer at the desk.
 *
 * @param procedureCode the procedure, e.g. {@code 1.001193}
 * @param agencyCode the receiving agency; may be empty when the procedure has only one
 * @param applicant who the dossier is for
 * @param documents the uploaded files, each for one of the procedure's required papers
 */
public record Submission(
        @NotBlank @Size(max = 20) String procedureCode,
        @Size(max = 35) String agencyCode,
        @NotNull @Valid Applicant applicant,
        @NotNull @Size(max = 50) List<@Valid Document> documents) {

    public Submission {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /**
     * An uploaded file given for one paper of the procedure.
     *
     * @param paper the paper's position in the procedure's list of documents, from 0
     * @param upload the id {@code POST /api/dossiers/uploads} returned
     */
    public record Document(@Min(0) int paper, @NotNull UUID upload) {
    }
}
