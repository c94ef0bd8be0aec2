package vn.tinhso.procedure.pages;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import vn.tinhso.procedure.Violation;

/**
 * Puts the catalogue's {@link Violation}s beside the editor's fields: a violation's path inside
 * {@code ProcedureDetails} (e.g. {@code fees[1].amount}, {@code processingTime.amount}) names a form field, and its
 * message key and arguments give the text in the user's language.
 */
final class ViolationFields {

    private static final Pattern ROW_FIELD = Pattern.compile("(documents|fees)\\[\\d+]\\.\\w+");
    private static final Set<String> SAME_NAME = Set.of("code", "validFrom", "name", "fieldCode", "level",
            "applicants", "cutoffTime", "onlineLevel", "legalBasis", "abolished");

    private ViolationFields() {
    }

    /**
     * Adds each violation to the form's errors, except on fields in {@code alreadyRejected} (what could not even
     * be read is explained once).
     */
    static void reject(Iterable<Violation> violations, BindingResult errors, Set<String> alreadyRejected,
                       MessageSource messages, Locale locale) {
        for (Violation violation : violations) {
            String field = fieldOf(violation.path());
            String text = messages.getMessage(violation.messageKey(), violation.arguments().toArray(),
                    violation.messageKey(), locale);
            if (field == null) {
                errors.addError(new ObjectError(errors.getObjectName(), text));
            } else if (!alreadyRejected.contains(field)) {
                if (field.equals("workflow") && violation.path().startsWith("workflow.")) {
                    text = violation.path().substring("workflow.".length()) + ": " + text;
                }
                errors.addError(new FieldError(errors.getObjectName(), field, errors.getRawFieldValue(field), false,
                        null, null, text));
            }
        }
    }

    /** The form field a path inside {@code ProcedureDetails} is typed in; null when there is none. */
    static String fieldOf(String path) {
        if (SAME_NAME.contains(path) || ROW_FIELD.matcher(path).matches()) {
            return path;
        }
        if (path.startsWith("agencyCodes")) {
            return "agencyCodes";
        }
        if (path.startsWith("processingTime")) {
            return path.equals("processingTime.unit") ? "processingUnit" : "processingAmount";
        }
        if (path.startsWith("result")) {
            return path.equals("result.name") ? "resultName" : "resultForms";
        }
        if (path.startsWith("workflow")) {
            return "workflow";
        }
        return null;
    }
}
