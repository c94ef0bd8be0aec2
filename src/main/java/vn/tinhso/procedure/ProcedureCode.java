package vn.tinhso.procedure;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

import vn.tinhso.platform.Refusal;

/**
 * The code of a procedure in the national database of administrative procedures, e.g. {@code 1.001193}
 * (Đăng ký khai sinh): a digit, a dot and six digits.
 *
 * @param value the code as published
 */
public record ProcedureCode(@JsonValue String value) {

    private static final Pattern FORM = Pattern.compile("\\d\\.\\d{6}");

    public ProcedureCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw Refusal.of("procedure.code.invalid", value == null ? "" : value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
