package vn.tinhso.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An adjustment an administrator enters on the calendar page. The kind arrives as text, so that an unknown kind is a
 * validation message next to the field like any other, not a failed conversion.
 */
record AdjustmentForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @NotBlank @Pattern(regexp = "DAY_OFF|WORKING_DAY") String kind,
        @NotBlank @Size(max = 200) String reasonVi,
        @Size(max = 200) String reasonEn,
        @Size(max = 500) String source) {

    Adjustment.Kind adjustmentKind() {
        return Adjustment.Kind.valueOf(kind);
    }

    static AdjustmentForm empty() {
        return new AdjustmentForm(null, null, null, null, null);
    }
}
