package vn.tinhso.procedure;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * What the applicant gets back.
 *
 * @param name e.g. "Giấy khai sinh (bản chính)"
 * @param forms paper, electronic, or both
 */
public record Result(@NotBlank @Size(max = 300) String name, @NotEmpty Set<Form> forms) {

    public Result {
        forms = Set.copyOf(forms);
    }

    /** The form the result is issued in. */
    public enum Form {
        /** Bản giấy. */
        PAPER,
        /** Bản điện tử, signed digitally. */
        ELECTRONIC
    }
}
