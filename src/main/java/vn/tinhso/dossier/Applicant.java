package vn.tinhso.dossier;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The person the dossier is for.
 *
 * @param fullName as on the identity card
 * @param identityNumber the 12-digit personal identity number (checked by its structure)
 * @param phone 10 digits starting with 0, optional
 * @param email where notifications go, optional
 * @param address contact address, optional
 */
public record Applicant(
        @NotBlank @Size(max = 100) String fullName,
        @NotBlank @Size(max = 20) String identityNumber,
        @Pattern(regexp = "^$|^0\\d{9}$") String phone,
        @Email @Size(max = 200) String email,
        @Size(max = 300) String address) {
}
