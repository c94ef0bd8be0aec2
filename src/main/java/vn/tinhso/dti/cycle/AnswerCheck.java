package vn.tinhso.dti.cycle;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;

import vn.tinhso.dti.scoring.Answer;
import vn.tinhso.dti.scoring.Indicator;
import vn.tinhso.dti.scoring.RefusedAnswer;
import vn.tinhso.dti.scoring.ScoringRule;
import vn.tinhso.platform.Refusal;

/**
 * Reads an assessor's input for an indicator into the answer its rule needs, and scores it; anything the rule cannot
 * score is refused with a message that names the indicator, before anything is saved.
 */
final class AnswerCheck {

    static final int NOTE_LIMIT = 2000;

    private AnswerCheck() {
    }

    /** The answer and the points it earns. */
    record Checked(Answer answer, BigDecimal points, String note) {
    }

    static Checked check(Indicator indicator, AnswerInput input) {
        String note = input.note() == null ? "" : input.note().strip();
        if (note.length() > NOTE_LIMIT) {
            throw Refusal.of("dti.answer.note-too-long", indicator.code(), NOTE_LIMIT);
        }
        Answer answer = answer(indicator, input);
        try {
            return new Checked(answer, indicator.rule().points(answer, indicator.maxPoints(), Map.of()), note);
        } catch (RefusedAnswer refused) {
            throw Refusal.of("dti.answer.refused", indicator.code(),
                    refused.message(LocaleContextHolder.getLocale()));
        }
    }

    /** The kind of rule that reads the input: an automatic rule reads what its inner rule reads. */
    static ScoringRule reading(ScoringRule rule) {
        return rule instanceof ScoringRule.Automatic automatic ? reading(automatic.inner()) : rule;
    }

    private static Answer answer(Indicator indicator, AnswerInput input) {
        String code = indicator.code();
        ScoringRule rule = reading(indicator.rule());
        if (rule instanceof ScoringRule.YesNo yesNo) {
            return choice(code, yesNo, input.choice());
        }
        if (rule instanceof ScoringRule.Ratio || rule instanceof ScoringRule.CappedTarget) {
            return rate(code, input);
        }
        BigDecimal figure = number(code, input.value(), true);
        if (rule instanceof ScoringRule.Manual && figure.compareTo(indicator.maxPoints()) > 0) {
            throw Refusal.of("dti.answer.above-max", code, figure.toPlainString(),
                    indicator.maxPoints().toPlainString());
        }
        return new Answer.Figure(figure); // a count for a step table, points for a manual rule
    }

    private static Answer choice(String code, ScoringRule.YesNo rule, String given) {
        if (blank(given)) {
            throw Refusal.of("dti.answer.required", code);
        }
        String choice = given.strip();
        return rule.grades().stream().filter(grade -> grade.code().equalsIgnoreCase(choice)).findFirst()
                .map(grade -> (Answer) new Answer.Choice(grade.code()))
                .orElseThrow(() -> Refusal.of("dti.answer.unknown-grade", code, choice));
    }

    /** A rate as a numerator and a denominator, or as a value between 0 and 1. */
    private static Answer rate(String code, AnswerInput input) {
        if (!blank(input.numerator()) || !blank(input.denominator())) {
            BigDecimal numerator = number(code, input.numerator(), true);
            BigDecimal denominator = number(code, input.denominator(), true);
            if (denominator.signum() == 0) {
                throw Refusal.of("dti.answer.zero-denominator", code);
            }
            return new Answer.Fraction(numerator, denominator);
        }
        BigDecimal rate = number(code, input.value(), true);
        if (rate.compareTo(BigDecimal.ONE) > 0) {
            throw Refusal.of("dti.answer.rate-range", code, rate.toPlainString());
        }
        return new Answer.Figure(rate);
    }

    /** A number ≥ 0 written with a decimal point or comma. */
    static BigDecimal number(String code, String text, boolean required) {
        if (blank(text)) {
            if (required) {
                throw Refusal.of("dti.answer.required", code);
            }
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw Refusal.of("dti.answer.not-a-number", code, text.strip());
        }
        if (number.signum() < 0) {
            throw Refusal.of("dti.answer.negative", code, number.toPlainString());
        }
        if (number.precision() - number.scale() > 10 || number.scale() > 4) {
            throw Refusal.of("dti.answer.too-precise", code, text.strip());
        }
        return number;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
