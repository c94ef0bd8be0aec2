package vn.tinhso.dti.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with a framework or with a file describing one, e.g. "Chỉ số chính NTS: tổng điểm các chỉ tiêu
 * 95 ≠ 100". Both parts are keys of the {@code dti-scoring} bundle with their arguments, so the message can be
 * shown in Vietnamese (first) or English.
 *
 * @param code        stable code and message key, e.g. {@code dti.scoring.framework.indicator-sum}
 * @param arguments   its arguments, as text
 * @param at          message key of where the problem is, e.g. {@code dti.scoring.at.main-index}
 * @param atArguments its arguments ("NTS"; or sheet, row and column of a workbook)
 */
public record FrameworkProblem(String code, List<String> arguments, String at, List<String> atArguments) {

    /** Arguments starting so are keys themselves (names of fields), shown in the reader's language. */
    static final String FIELD = "dti.scoring.field.";

    public FrameworkProblem {
        arguments = List.copyOf(arguments);
        atArguments = List.copyOf(atArguments);
    }

    static FrameworkProblem of(Where where, String code, Object... arguments) {
        return new FrameworkProblem(code, Arrays.stream(arguments).map(String::valueOf).toList(), where.key(),
                where.arguments());
    }

    /** The Vietnamese message. */
    public String message() {
        return message(Texts.VIETNAMESE);
    }

    public String message(Locale locale) {
        Object[] shown = arguments.stream().map(argument -> argument.startsWith(FIELD)
                ? Texts.text(locale, argument) : argument).toArray();
        return Texts.text(locale, at, atArguments.toArray()) + ": " + Texts.text(locale, code, shown);
    }

    @Override
    public String toString() {
        return message();
    }

    /** Where a problem is: a key of the bundle and its arguments. */
    record Where(String key, List<String> arguments) {

        static Where of(String key, Object... arguments) {
            return new Where(key, Arrays.stream(arguments).map(String::valueOf).toList());
        }

        static Where framework(String code) {
            return code == null || code.isBlank() ? of("dti.scoring.at.framework-unnamed")
                    : of("dti.scoring.at.framework", code);
        }

        static Where mainIndex(String code) {
            return of("dti.scoring.at.main-index", code);
        }

        static Where indicator(String code) {
            return of("dti.scoring.at.indicator", code);
        }
    }
}
