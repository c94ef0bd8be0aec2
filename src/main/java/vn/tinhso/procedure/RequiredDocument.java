package vn.tinhso.procedure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One paper of the dossier (thành phần hồ sơ).
 *
 * @param name e.g. "Tờ khai đăng ký khai sinh theo mẫu"
 * @param originals number of originals (bản chính)
 * @param copies number of copies (bản sao)
 * @param required whether every applicant must provide it; otherwise only under {@code condition}
 * @param condition when a conditional paper is needed, e.g. "Trường hợp người đi đăng ký là người được ủy quyền"
 * @param template the form's template file name (mẫu đơn, tờ khai), may be empty
 */
public record RequiredDocument(@NotBlank @Size(max = 500) String name, @PositiveOrZero @Max(20) int originals,
                               @PositiveOrZero @Max(20) int copies, boolean required,
                               @Size(max = 500) String condition, @Size(max = 200) String template) {
}
