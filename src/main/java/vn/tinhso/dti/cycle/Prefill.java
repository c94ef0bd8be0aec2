package vn.tinhso.dti.cycle;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.dti.ServiceQualityFeed;
import vn.tinhso.dti.scoring.Answer;
import vn.tinhso.dti.scoring.Framework;
import vn.tinhso.dti.scoring.Indicator;
import vn.tinhso.dti.scoring.RefusedAnswer;
import vn.tinhso.dti.scoring.ScoringRule;

/**
 * Fills in the automatic indicators of a unit in draft from the service-quality statistics of the year assessed,
 * where a module provides them ({@link ServiceQualityFeed}); an answer the assessor typed is never overwritten.
 * Until such a module exists nothing is measured and the assessor answers these indicators like the others.
 */
@Component
public class Prefill {

    private final ServiceQualityFeed feed;
    private final Answers answers;
    private final AuditLog audit;
    private final Clock clock;

    Prefill(ObjectProvider<ServiceQualityFeed> feeds, Answers answers, AuditLog audit, Clock clock) {
        this.feed = feeds.getIfUnique(() -> ServiceQualityFeed.NOT_AVAILABLE);
        this.answers = answers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a module measures service quality at all. */
    public boolean available() {
        return feed != ServiceQualityFeed.NOT_AVAILABLE;
    }

    /**
     * Pre-fills what is measured, in the caller's transaction (which holds the period's lock).
     *
     * @return how many indicators were filled in
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int fill(Period period, String agencyCode, Framework framework, String by) {
        Map<String, IndicatorAnswer> given = answers.of(period.id(), agencyCode);
        LocalDate from = LocalDate.of(period.year(), 1, 1);
        LocalDate to = LocalDate.of(period.year(), 12, 31);
        int filled = 0;
        for (Indicator indicator : framework.indicators()) {
            IndicatorAnswer existing = given.get(indicator.code());
            if (!(indicator.rule() instanceof ScoringRule.Automatic automatic)
                    || (existing != null && !existing.prefilled())) {
                continue;
            }
            var measured = feed.measure(automatic.metric().name(), agencyCode, from, to);
            if (measured.isEmpty()) {
                continue;
            }
            Answer answer = new Answer.Fraction(BigDecimal.valueOf(measured.get().numerator()),
                    BigDecimal.valueOf(measured.get().denominator()));
            try {
                BigDecimal points = indicator.rule().points(answer, indicator.maxPoints(), Map.of());
                answers.saveSelf(period.id(), agencyCode, indicator.code(), answer, points,
                        measured.get().source(), true, by, clock.instant());
                filled++;
            } catch (RefusedAnswer unusable) {
                // a figure the rule cannot score stays for the assessor to answer
            }
        }
        if (filled > 0) {
            audit.record(by, "dti.answer.prefilled", Assessments.subject(period.id(), agencyCode),
                    filled + " automatic indicators");
        }
        return filled;
    }
}
