package vn.tinhso.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** An adjustment an administrator enters on the calendar page. */
record AdjustmentForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @NotNull Adjustment.Kind kind,
        @NotBlank @Size(max = 200) String reasonVi,
        @Size(max = 200) String reasonEn,
        @Size(max = 500) String source) {

    static AdjustmentForm empty() {
        return new AdjustmentForm(null, null, null, null, null);
    }
}
