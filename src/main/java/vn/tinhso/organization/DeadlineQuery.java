package vn.tinhso.organization;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** The deadline calculator's question: when is {@code days} working days after {@code start}? */
record DeadlineQuery(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
        @NotNull @Min(0) @Max(366) Integer days) {
}
