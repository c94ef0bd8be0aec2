package vn.tinhso.procedure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The internal process of a procedure as data: states, the actions that leave each state, the roles allowed
 * to take them, and each step's share of the legal processing time. The dossier module interprets it.
 * <p>
 * The first step is where a received dossier starts; an action whose {@code next} is {@link #DONE} finishes
 * the dossier's processing. A step with an {@code agencyCode} is carried out by that agency (inter-agency
 * "liên thông" procedures); an empty one by the agency that received the dossier. The action named
 * {@link #APPROVE} issues the result: the result document is generated and signed with the agency's certificate
 * (a workflow without it issues the result when processing ends).
 *
 * @param steps the steps, in their usual order
 */
public record Workflow(@NotEmpty @Valid List<Step> steps) {

    /** The pseudo-state that ends processing. */
    public static final String DONE = "DONE";

    /** The action that issues the signed result. */
    public static final String APPROVE = "approve";

    public Workflow {
        steps = List.copyOf(steps);
    }

    /**
     * One state of the process.
     *
     * @param state a name such as {@code PROCESSING}, unique within the workflow
     * @param role the role that works on the dossier in this state (OFFICER, LEADER, …)
     * @param sharePercent this step's share of the processing time; the shares add up to 100
     * @param agencyCode the agency carrying the step out, empty for the receiving agency
     * @param actions the ways out of this state
     */
    public record Step(@NotBlank @Size(max = 40) String state, @NotBlank String role,
                       @Min(0) @Max(100) int sharePercent, @Size(max = 35) String agencyCode,
                       @NotEmpty @Valid List<Action> actions) {

        public Step {
            agencyCode = agencyCode == null ? "" : agencyCode;
            actions = List.copyOf(actions);
        }
    }

    /**
     * An action that moves a dossier to another state.
     *
     * @param name e.g. {@code forward}, {@code approve}
     * @param next the state it leads to, or {@link #DONE}
     * @param roles the roles allowed to take it
     */
    public record Action(@NotBlank @Size(max = 40) String name, @NotBlank String next, @NotEmpty List<String> roles) {

        public Action {
            roles = List.copyOf(roles);
        }
    }

    /** Where a received dossier starts. */
    public Step first() {
        return steps.get(0);
    }

    /**
     * A step by its state name.
     *
     * @param state the name
     * @return the step, if the workflow has it
     */
    public Optional<Step> step(String state) {
        return steps.stream().filter(step -> step.state().equals(state)).findFirst();
    }

    /** The agencies other than the receiving one that carry out steps (inter-agency procedures). */
    public Set<String> participants() {
        var agencies = new HashSet<String>();
        steps.forEach(step -> {
            if (!step.agencyCode().isBlank()) {
                agencies.add(step.agencyCode());
            }
        });
        return agencies;
    }

    /** Receive, process, have the leader approve, return the result: what most procedures do. */
    public static Workflow standard() {
        return new Workflow(List.of(
                new Step("RECEIVED", "OFFICER", 10, "", List.of(new Action("forward", "PROCESSING", List.of("OFFICER")))),
                new Step("PROCESSING", "OFFICER", 60, "", List.of(
                        new Action("submit", "AWAITING_APPROVAL", List.of("OFFICER")))),
                new Step("AWAITING_APPROVAL", "LEADER", 20, "", List.of(
                        new Action("approve", "RETURNING", List.of("LEADER")),
                        new Action("send-back", "PROCESSING", List.of("LEADER")))),
                new Step("RETURNING", "OFFICER", 10, "", List.of(new Action("return-result", DONE, List.of("OFFICER"))))));
    }

    /** What is inconsistent in this workflow, as message keys with arguments; empty when it can run. */
    List<Violation> problems(Set<String> knownRoles) {
        var problems = new ArrayList<Violation>();
        var states = new HashSet<String>();
        int shares = 0;
        for (Step step : steps) {
            if (!states.add(step.state())) {
                problems.add(new Violation("workflow", "procedure.workflow.duplicate-state", step.state()));
            }
            shares += step.sharePercent();
        }
        if (shares != 100) {
            problems.add(new Violation("workflow", "procedure.workflow.shares", shares));
        }
        for (Step step : steps) {
            checkRole(step.role(), knownRoles, problems);
            for (Action action : step.actions()) {
                if (!DONE.equals(action.next()) && !states.contains(action.next())) {
                    problems.add(new Violation("workflow", "procedure.workflow.unknown-state", action.next(), step.state()));
                }
                action.roles().forEach(role -> checkRole(role, knownRoles, problems));
            }
        }
        boolean finishes = steps.stream().flatMap(step -> step.actions().stream()).anyMatch(a -> DONE.equals(a.next()));
        if (!finishes) {
            problems.add(new Violation("workflow", "procedure.workflow.no-end"));
        }
        return problems;
    }

    private static void checkRole(String role, Set<String> knownRoles, List<Violation> problems) {
        if (!knownRoles.contains(role)) {
            problems.add(new Violation("workflow", "procedure.workflow.unknown-role", role));
        }
    }
}
