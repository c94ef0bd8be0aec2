package vn.tinhso.dti.scoring;

import java.util.ArrayList;
import java.util.List;

import vn.tinhso.dti.scoring.FrameworkProblem.Where;

/** The problems found so far while checking a framework. */
final class Problems {

    private final List<FrameworkProblem> found = new ArrayList<>();

    void add(Where where, String code, Object... arguments) {
        found.add(FrameworkProblem.of(where, code, arguments));
    }

    /** A problem when the value is missing; {@code field} names it through the key dti.scoring.field.<field>. */
    void required(Where where, String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            add(where, "dti.scoring.framework.required", FrameworkProblem.FIELD + field);
        }
    }

    List<FrameworkProblem> list() {
        return List.copyOf(found);
    }
}
