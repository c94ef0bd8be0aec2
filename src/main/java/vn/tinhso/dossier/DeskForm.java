package vn.tinhso.dossier;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A dossier handed in at the desk or received by post, as the officer types it in. */
record DeskForm(
        @NotBlank @Size(max = 20) String procedureCode,
        @NotBlank @Size(max = 35) String agencyCode,
        @NotNull Channel channel,
        @NotBlank @Size(max = 100) String fullName,
        @NotBlank @Size(max = 20) String identityNumber,
        @Pattern(regexp = "^$|^0\\d{9}$") String phone,
        @Email @Size(max = 200) String email,
        @Size(max = 300) String address) {

    static DeskForm empty() {
        return new DeskForm("", "", Channel.DIRECT, "", "", "", "", "");
    }

    Submission toSubmission(java.util.List<Submission.Document> documents) {
        return new Submission(procedureCode, agencyCode, new Applicant(fullName, identityNumber, phone, email, address),
                documents);
    }
}
