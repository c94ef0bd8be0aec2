package vn.tinhso.dti.scoring;

import java.util.List;
import java.util.stream.Collectors;

/** A framework (or a file describing one) that cannot be used; it names every problem found. */
public class InvalidFramework extends RuntimeException {

    private final transient List<FrameworkProblem> problems;

    public InvalidFramework(List<FrameworkProblem> problems) {
        super(problems.stream().map(FrameworkProblem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FrameworkProblem> problems() {
        return problems;
    }
}
