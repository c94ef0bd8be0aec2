package vn.tinhso.platform;

import org.springframework.http.HttpStatus;

/**
 * A request tinhso will not carry out because it breaks a rule the user can understand and fix.
 * <p>
 * It carries a stable {@code code} for API clients and a message key (with arguments) that is shown in the
 * user's language; {@link ErrorHandling} turns it into a re-rendered page or {@code application/problem+json}.
 */
public class Refusal extends RuntimeException {

    private final String code;
    private final HttpStatus status;
    private final transient Object[] arguments;

    public Refusal(HttpStatus status, String code, Object... arguments) {
        super(code);
        this.status = status;
        this.code = code;
        this.arguments = arguments;
    }

    /** A refusal answered with 422 Unprocessable Content. */
    public static Refusal of(String code, Object... arguments) {
        return new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, code, arguments);
    }

    /** Stable machine-readable code, e.g. {@code identity.username-taken}; also the message key. */
    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
