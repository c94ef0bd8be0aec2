package vn.tinhso.procedure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A fee (phí) or charge (lệ phí) of a procedure.
 *
 * @param code the code in the province's list of fees, may be empty
 * @param kind fee or charge
 * @param name e.g. "Lệ phí cấp Phiếu lý lịch tư pháp"
 * @param amount in đồng; 0 for a procedure exempted by law
 * @param collector who collects it, e.g. the agency or the State Treasury
 */
public record Fee(@Size(max = 30) String code, @NotNull Kind kind, @NotBlank @Size(max = 300) String name,
                  @PositiveOrZero long amount, @Size(max = 200) String collector) {

    /** Phí or lệ phí (Luật Phí và lệ phí 2015). */
    public enum Kind {
        /** Phí: covers the cost of a service. */
        FEE,
        /** Lệ phí: a charge fixed for a State administrative service. */
        CHARGE
    }
}
