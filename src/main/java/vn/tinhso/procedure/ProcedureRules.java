package vn.tinhso.procedure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import vn.tinhso.identity.Role;
import vn.tinhso.organization.Agencies;
import vn.tinhso.organization.AgencyCode;

/**
 * Everything a version must satisfy before it is recorded: the field constraints on the records, plus rules
 * across fields and modules (the field exists, the agencies exist, the workflow can run, the shares add up).
 * Used alike by the editor, the import and the API, so that all three refuse the same things.
 */
@Component
class ProcedureRules {

    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet());
    private static final Set<String> CONSTRAINT_ATTRIBUTES_IGNORED = Set.of("groups", "message", "payload");

    private final Validator validator;
    private final Agencies agencies;

    ProcedureRules(Validator validator, Agencies agencies) {
        this.validator = validator;
        this.agencies = agencies;
    }

    /** The problems of a publication; empty when it may be recorded. {@code fields} are the known field codes. */
    List<Violation> check(Publication publication, Set<String> fields) {
        return check(publication, fields, new HashMap<>());
    }

    /**
     * The same, for a batch: {@code agencyCheck} remembers what was found out about each agency code, so that a
     * catalogue of thousands of procedures asks about each agency once.
     */
    List<Violation> check(Publication publication, Set<String> fields, Map<String, String> agencyCheck) {
        var problems = new ArrayList<Violation>();
        if (publication.validFrom() == null) {
            problems.add(new Violation("validFrom", "NotNull", "validFrom"));
        }
        ProcedureDetails details = publication.details();
        if (details == null) {
            problems.add(new Violation("details", "NotNull", "details"));
            return problems;
        }
        validator.validate(details).forEach(violation -> problems.add(toViolation(violation)));
        if (details.fieldCode() != null && !details.fieldCode().isBlank() && !fields.contains(details.fieldCode())) {
            problems.add(new Violation("fieldCode", "procedure.field.unknown", details.fieldCode()));
        }
        for (int i = 0; i < details.agencyCodes().size(); i++) {
            checkAgency("agencyCodes[" + i + "]", details.agencyCodes().get(i), problems, agencyCheck);
        }
        if (details.workflow() != null && !details.workflow().steps().isEmpty()) {
            problems.addAll(details.workflow().problems(ROLES));
        }
        return problems;
    }

    private void checkAgency(String path, String code, List<Violation> problems, Map<String, String> agencyCheck) {
        if (code == null || code.isBlank()) {
            return;
        }
        String problem = agencyCheck.computeIfAbsent(code, this::agencyProblem);
        if (!problem.isEmpty()) {
            problems.add(new Violation(path, problem, code));
        }
    }

    /** The message key of what is wrong with an agency code, or empty when the agency exists. */
    private String agencyProblem(String code) {
        try {
            return agencies.find(new AgencyCode(code)).isPresent() ? "" : "procedure.agency.unknown";
        } catch (IllegalArgumentException malformed) {
            return "procedure.agency.malformed";
        }
    }

    /** A constraint violation as a message key named after its annotation, with Spring's argument order. */
    private static Violation toViolation(ConstraintViolation<?> violation) {
        var descriptor = violation.getConstraintDescriptor();
        Map<String, Object> attributes = new TreeMap<>(descriptor.getAttributes());
        CONSTRAINT_ATTRIBUTES_IGNORED.forEach(attributes::remove);
        String path = violation.getPropertyPath().toString();
        var arguments = new ArrayList<Object>();
        arguments.add(path);
        arguments.addAll(attributes.values());
        return new Violation(path, descriptor.getAnnotation().annotationType().getSimpleName(), arguments);
    }
}
