package vn.tinhso.servicequality.index;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.tinhso.platform.Refusal;

/** An edit of the index that cannot be recorded; every problem is listed and nothing is saved. */
public class InvalidFramework extends Refusal {

    private final transient List<Problem> problems;

    InvalidFramework(List<Problem> problems) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "servicequality.index.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * @param path what is wrong: {@code effectiveFrom}, {@code total}, a group's or an indicator's code
     * @param messageKey key in the {@code servicequality-index} bundle
     * @param arguments the message's arguments
     */
    public record Problem(String path, String messageKey, List<Object> arguments) {

        Problem(String path, String messageKey, Object... arguments) {
            this(path, messageKey, List.of(arguments));
        }
    }
}
