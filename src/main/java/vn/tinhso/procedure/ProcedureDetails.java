package vn.tinhso.procedure;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What one version of a procedure says. Everything but the code and the date it takes effect.
 *
 * @param name the procedure's name, e.g. "Đăng ký khai sinh"
 * @param fieldCode the field (lĩnh vực) it belongs to, from {@link Procedures#fields()}
 * @param level the level of government that settles it
 * @param agencyCodes identifier codes of the agencies that implement it (Quyết định 20/2020/QĐ-TTg)
 * @param applicants who may file it
 * @param processingTime the legal time to settle it
 * @param cutoffTime dossiers received after this hour count as received the next working day; null for none
 * @param onlineLevel full-process, partial or not online (Nghị định 42/2022/NĐ-CP Art. 11)
 * @param onNationalPortal whether it is offered on the national public service portal
 * @param legalBasis the legal documents it rests on, one per line
 * @param documents the papers of the dossier
 * @param fees fees and charges; empty when free
 * @param result what the applicant gets back
 * @param workflow the internal process
 * @param abolished whether, from this version on, the procedure is no longer offered (bãi bỏ)
 */
public record ProcedureDetails(
        @NotBlank @Size(max = 500) String name,
        @NotBlank @Size(max = 20) String fieldCode,
        @NotNull ProcedureLevel level,
        @NotEmpty List<@NotBlank String> agencyCodes,
        @NotEmpty Set<Applicant> applicants,
        @NotNull @Valid ProcessingTime processingTime,
        LocalTime cutoffTime,
        @NotNull OnlineLevel onlineLevel,
        boolean onNationalPortal,
        @Size(max = 4000) String legalBasis,
        @NotNull @Valid List<RequiredDocument> documents,
        @NotNull @Valid List<Fee> fees,
        @NotNull @Valid Result result,
        @NotNull @Valid Workflow workflow,
        boolean abolished) {

    public ProcedureDetails {
        agencyCodes = agencyCodes == null ? List.of() : List.copyOf(agencyCodes);
        applicants = applicants == null ? Set.of() : Set.copyOf(applicants);
        documents = documents == null ? List.of() : List.copyOf(documents);
        fees = fees == null ? List.of() : List.copyOf(fees);
        legalBasis = legalBasis == null ? "" : legalBasis;
    }

    /** Total of the fees and charges, in đồng. */
    public long totalFees() {
        return fees.stream().mapToLong(Fee::amount).sum();
    }
}
