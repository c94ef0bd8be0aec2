package vn.tinhso.dossier;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

import vn.tinhso.platform.Refusal;

/**
 * A dossier's code: {@code <agency identifier code>-YYMMDD-XXXX}, XXXX the receiving agency's sequence number of
 * that day (Thông tư 01/2018/TT-VPCP Art. 19), e.g. {@code 000.05.00.H26-251125-0001}.
 *
 * @param value the code
 */
public record DossierCode(@JsonValue String value) {

    private static final Pattern FORM = Pattern.compile("[0-9A-Z.]{1,35}-\\d{6}-\\d{4}");

    public DossierCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw Refusal.of("dossier.code.invalid", value == null ? "" : value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
