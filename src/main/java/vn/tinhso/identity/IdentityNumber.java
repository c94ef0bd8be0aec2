package vn.tinhso.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.stream.Collectors;

import vn.tinhso.platform.Refusal;

/**
 * A citizen's 12-digit personal identity number (số định danh cá nhân), Thông tư 59/2021/TT-BCA Art. 7:
 * digits 1–3 the province of birth registration, digit 4 century and sex (1900s: 0 male, 1 female; 2000s: 2/3;
 * 2100s: 4/5), digits 5–6 the last two digits of the birth year, then 6 random digits. There is no check digit,
 * so only the structure can be checked.
 *
 * @param value the 12 digits
 */
public record IdentityNumber(String value) {

    private static final Map<String, String> BIRTH_PROVINCES = loadBirthProvinces();

    /** Validates the structure; the birth year it encodes must not lie in the future. */
    public IdentityNumber {
        if (value == null || !value.matches("\\d{12}")) {
            throw Refusal.of("identity.number.format");
        }
        if (!BIRTH_PROVINCES.containsKey(value.substring(0, 3))) {
            throw Refusal.of("identity.number.province", value.substring(0, 3));
        }
        int centuryDigit = value.charAt(3) - '0';
        if (centuryDigit > 5) {
            throw Refusal.of("identity.number.century", centuryDigit);
        }
        int year = 1900 + centuryDigit / 2 * 100 + Integer.parseInt(value.substring(4, 6));
        if (year > Year.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getValue()) {
            throw Refusal.of("identity.number.future", year);
        }
    }

    /** Parses what a person typed, ignoring spaces and dots. */
    public static IdentityNumber parse(String typed) {
        return new IdentityNumber(typed == null ? null : typed.replaceAll("[\\s.]", ""));
    }

    /** The year of birth the number encodes. */
    public int birthYear() {
        return 1900 + (value.charAt(3) - '0') / 2 * 100 + Integer.parseInt(value.substring(4, 6));
    }

    public boolean male() {
        return (value.charAt(3) - '0') % 2 == 0;
    }

    /** The province of birth registration, e.g. {@code 030} for Hải Dương. */
    public String birthProvinceCode() {
        return value.substring(0, 3);
    }

    public String birthProvinceName() {
        return BIRTH_PROVINCES.get(birthProvinceCode());
    }

    /** Refuses a date of birth that does not match the year the number encodes. */
    public void requireBornOn(LocalDate birthDate) {
        if (birthDate.getYear() != birthYear()) {
            throw Refusal.of("identity.number.birth-year-mismatch", birthYear(), birthDate.getYear());
        }
    }

    /** The last four digits, the second factor when a citizen looks up a dossier. */
    public String lastFour() {
        return value.substring(8);
    }

    private static Map<String, String> loadBirthProvinces() {
        var resource = IdentityNumber.class.getResourceAsStream("/identity/birth-province-codes.csv");
        if (resource == null) {
            throw new IllegalStateException("identity/birth-province-codes.csv is missing from the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("code,"))
                    .map(line -> line.split(",", 2))
                    .collect(Collectors.toUnmodifiableMap(cells -> cells[0], cells -> cells[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
