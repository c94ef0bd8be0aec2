package vn.tinhso.dti.scoring;

import java.util.Locale;

/**
 * An answer a scoring rule cannot score (wrong kind, out of range, unknown grade). Its {@link #code()} is a key of
 * the {@code dti-scoring} bundle, so the application can show it as it shows any refusal.
 */
public class RefusedAnswer extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public RefusedAnswer(String code, Object... arguments) {
        super(Texts.text(Texts.VIETNAMESE, code, arguments));
        this.code = code;
        this.arguments = arguments.clone();
    }

    static RefusedAnswer wrongKind(Answer answer, String rule) {
        String kind = answer == null ? "null" : answer.getClass().getSimpleName();
        return new RefusedAnswer("dti.scoring.answer.kind", kind, rule);
    }

    /** Stable code and message key, e.g. {@code dti.scoring.answer.manual-range}. */
    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public String message(Locale locale) {
        return Texts.text(locale, code, arguments);
    }
}
