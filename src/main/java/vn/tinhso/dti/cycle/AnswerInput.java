package vn.tinhso.dti.cycle;

/**
 * An assessor's answer to one indicator as typed into the form or sent to the API: the grade for yes/no rules, a
 * numerator and a denominator or a value for rates (0–1), a count for step tables, points for manual rules. Numbers
 * are text so that a Vietnamese decimal comma ({@code 0,85}) is read as well as a point.
 */
public record AnswerInput(String choice, String numerator, String denominator, String value, String note) {
}
