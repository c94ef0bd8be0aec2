package vn.tinhso.dti.cycle;

import vn.tinhso.dti.scoring.Indicator;
import vn.tinhso.dti.scoring.ScoringRule;

/**
 * When an answer needs evidence before submission: the indicator asks for evidence and the answer earns points.
 * Nothing claimed needs no proof, and a figure taken from the service-quality statistics is its own evidence.
 */
final class EvidenceRule {

    private EvidenceRule() {
    }

    static boolean required(Indicator indicator, IndicatorAnswer answer) {
        boolean asked = indicator.evidence() != null && !indicator.evidence().kinds().isEmpty();
        boolean fromStatistics = indicator.rule() instanceof ScoringRule.Automatic && answer.prefilled();
        return asked && answer.selfPoints().signum() > 0 && !fromStatistics;
    }
}
