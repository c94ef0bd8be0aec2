package vn.tinhso.organization;

import java.util.regex.Pattern;

/**
 * Identifier code of an agency (mã định danh điện tử của cơ quan, tổ chức), e.g. {@code 000.00.00.H26}.
 * <p>
 * Quyết định 20/2020/QĐ-TTg: at most 35 characters, groups of digits and capital letters A–Z separated by dots.
 * The {@code Hxx} group is the province's group in that decision, not its GSO code.
 *
 * @param value the code as written, e.g. {@code 000.00.00.H26}
 * @throws IllegalArgumentException with a Vietnamese message when the value does not have that form
 */
public record AgencyCode(String value) {

    /** Longest code the decision allows. */
    public static final int MAX_LENGTH = 35;

    private static final Pattern FORM = Pattern.compile("[0-9A-Z]+(\\.[0-9A-Z]+)*");

    public AgencyCode {
        if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(("Mã định danh cơ quan '%s' không hợp lệ: mã gồm tối đa %d ký tự, "
                    + "là các nhóm chữ số và chữ in hoa A–Z ngăn cách bởi dấu chấm, ví dụ 000.00.00.H26 "
                    + "(Quyết định 20/2020/QĐ-TTg).").formatted(value, MAX_LENGTH));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
