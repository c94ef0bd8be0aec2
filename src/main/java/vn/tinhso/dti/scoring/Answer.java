package vn.tinhso.dti.scoring;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a unit declares (or the council settles) for one indicator. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Answer.Choice.class, name = "CHOICE"),
        @JsonSubTypes.Type(value = Answer.Fraction.class, name = "FRACTION"),
        @JsonSubTypes.Type(value = Answer.Figure.class, name = "FIGURE")})
public sealed interface Answer {

    /** The code of a grade of a {@link ScoringRule.YesNo} rule, e.g. "MỘT PHẦN". */
    record Choice(String grade) implements Answer {
    }

    /** A count out of a total (a / b), for ratio and target rules. */
    record Fraction(BigDecimal numerator, BigDecimal denominator) implements Answer {
    }

    /**
     * One number: a rate 0–1 (target and ratio rules), a count (step tables) or points (manual rule).
     */
    record Figure(BigDecimal value) implements Answer {
    }

    static Answer choice(String grade) {
        return new Choice(grade);
    }

    static Answer fraction(long numerator, long denominator) {
        return new Fraction(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    static Answer figure(String value) {
        return new Figure(new BigDecimal(value));
    }
}
