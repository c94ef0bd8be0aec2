package vn.tinhso.identity;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A citizen's self-registration form. */
record Registration(
        @NotBlank String identityNumber,
        @NotBlank @Size(max = 100) String fullName,
        @NotNull @Past @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
        @Email @Size(max = 200) String email,
        @Pattern(regexp = "^$|^0\\d{9}$") String phone,
        @NotBlank @Size(min = 8, max = 72) String password,
        @NotBlank String confirmPassword) {

    static Registration empty() {
        return new Registration("", "", null, "", "", "", "");
    }
}
