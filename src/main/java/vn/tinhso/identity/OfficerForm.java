package vn.tinhso.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An administrator opens an officer's account with one role in one agency. */
record OfficerForm(
        @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,49}$") String username,
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank @Size(min = 8, max = 72) String password,
        @NotNull Role role,
        @Size(max = 35) String agencyCode) {

    static OfficerForm empty() {
        return new OfficerForm("", "", "", Role.OFFICER, "");
    }
}
