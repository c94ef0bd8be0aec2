package vn.tinhso.dti.cycle;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.tinhso.dti.scoring.ScoringRule;

/**
 * Helpers for the DTI's templates: {@code dtiDays.left(date)}, calendar days from today in Vietnam to a deadline;
 * {@code dtiRules.kind(rule)}, the kind of a scoring rule (YES_NO, RATIO …) for its label.
 */
@ControllerAdvice(basePackages = "vn.tinhso.dti")
class PageHelpers {

    private final Clock clock;

    PageHelpers(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("dtiDays")
    DaysLeft dtiDays() {
        return new DaysLeft(clock);
    }

    @ModelAttribute("dtiRules")
    RuleKinds dtiRules() {
        return new RuleKinds();
    }

    /** Days left to deadlines. */
    record DaysLeft(Clock clock) {

        public long left(LocalDate deadline) {
            return Deadlines.daysLeft(clock, deadline);
        }
    }

    /** Kinds of scoring rules, as the JSON format names them. */
    record RuleKinds() {

        public String kind(ScoringRule rule) {
            if (rule instanceof ScoringRule.YesNo) {
                return "YES_NO";
            }
            if (rule instanceof ScoringRule.Ratio) {
                return "RATIO";
            }
            if (rule instanceof ScoringRule.CappedTarget) {
                return "CAPPED_TARGET";
            }
            if (rule instanceof ScoringRule.StepTable) {
                return "STEPS";
            }
            return rule instanceof ScoringRule.Automatic ? "AUTOMATIC" : "MANUAL";
        }
    }
}
