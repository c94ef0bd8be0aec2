package vn.tinhso.dti.cycle;

import java.math.BigDecimal;
import java.time.Instant;

import vn.tinhso.dti.scoring.Answer;

/**
 * A unit's answer to one indicator with its three scores: self-assessed, appraised by the council (null until
 * appraised) and final (the appraised points when set, else the self-assessed ones).
 *
 * @param choice the grade chosen (CÓ, MỘT PHẦN, KHÔNG …) for yes/no rules
 * @param numerator with {@code denominator}, a count out of a total for ratio and target rules
 * @param amount a rate 0–1, a count or manual points, by rule
 * @param prefilled whether the figures came from the service-quality statistics
 */
public record IndicatorAnswer(String indicatorCode, String choice, BigDecimal numerator, BigDecimal denominator,
                              BigDecimal amount, String note, boolean prefilled, BigDecimal selfPoints,
                              String answeredBy, Instant answeredAt, BigDecimal appraisedPoints,
                              String appraisalComment, String appraisedBy, Instant appraisedAt) {

    /** The appraised points when the council set them, else the self-assessed ones. */
    public BigDecimal finalPoints() {
        return appraisedPoints != null ? appraisedPoints : selfPoints;
    }

    public boolean appraised() {
        return appraisedPoints != null;
    }

    /** The answer as the scoring engine reads it. */
    public Answer answer() {
        if (choice != null) {
            return new Answer.Choice(choice);
        }
        if (numerator != null && denominator != null) {
            return new Answer.Fraction(numerator, denominator);
        }
        return new Answer.Figure(amount);
    }
}
