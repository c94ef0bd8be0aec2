package vn.tinhso.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The citizen's filing form, carried from the form to the review and on to the submission. {@code token} is
 * the submission's idempotency key: a double click on "Nộp hồ sơ" files once. {@code uploads} holds, for each
 * paper of the procedure, the id of the file already uploaded for it (empty when none), so that a form sent
 * back for a correction never asks for the files again.
 */
record Filing(
        @NotBlank @Size(max = 20) String procedureCode,
        @Size(max = 35) String agencyCode,
        @NotBlank @Size(max = 100) String fullName,
        @NotBlank @Size(max = 20) String identityNumber,
        @Pattern(regexp = "^$|^0\\d{9}$") String phone,
        @Email @Size(max = 200) String email,
        @Size(max = 300) String address,
        @NotBlank @Size(max = 64) String token,
        List<String> uploads,
        List<String> uploadNames) {

    Filing {
        uploads = uploads == null ? new ArrayList<>() : new ArrayList<>(uploads);
        uploadNames = uploadNames == null ? new ArrayList<>() : new ArrayList<>(uploadNames);
    }

    static Filing start(String procedureCode, String agencyCode, String fullName, String identityNumber, int papers) {
        var empty = new ArrayList<String>();
        for (int i = 0; i < papers; i++) {
            empty.add("");
        }
        return new Filing(procedureCode, agencyCode, fullName, identityNumber, "", "", "",
                UUID.randomUUID().toString(), empty, new ArrayList<>(empty));
    }

    public String uploadFor(int paper) {
        return paper < uploads.size() ? uploads.get(paper) : "";
    }

    /** The same form with the file uploaded for a paper. */
    Filing withUpload(int paper, String uploadId, String fileName) {
        while (uploads.size() <= paper) {
            uploads.add("");
            uploadNames.add("");
        }
        while (uploadNames.size() < uploads.size()) {
            uploadNames.add("");
        }
        uploads.set(paper, uploadId);
        uploadNames.set(paper, fileName);
        return this;
    }

    Submission toSubmission() {
        var documents = new ArrayList<Submission.Document>();
        for (int paper = 0; paper < uploads.size(); paper++) {
            if (!uploads.get(paper).isBlank()) {
                documents.add(new Submission.Document(paper, UUID.fromString(uploads.get(paper))));
            }
        }
        return new Submission(procedureCode, agencyCode, new Applicant(fullName, identityNumber, phone, email, address),
                documents);
    }
}
