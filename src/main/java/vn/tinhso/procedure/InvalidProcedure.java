package vn.tinhso.procedure;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.tinhso.platform.Refusal;

/** One or more procedures cannot be recorded; every problem is listed, with the position of its procedure. */
public class InvalidProcedure extends Refusal {

    private final transient List<Problem> problems;

    public InvalidProcedure(List<Problem> problems) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "procedure.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * A problem of one procedure in a batch.
     *
     * @param index the procedure's position in the batch, from 0
     * @param violation what is wrong
     */
    public record Problem(int index, Violation violation) {
    }
}
