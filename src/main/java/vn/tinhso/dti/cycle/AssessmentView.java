package vn.tinhso.dti.cycle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.tinhso.dti.scoring.EvidenceKind;
import vn.tinhso.dti.scoring.Framework;
import vn.tinhso.dti.scoring.Indicator;
import vn.tinhso.dti.scoring.MainIndex;
import vn.tinhso.dti.scoring.ScoringRule;

/**
 * What the assessment page shows of a unit: its indicators grouped by main index, each with the input its rule
 * needs, the answer given, the evidence and the three scores; and what the viewer may do with them.
 *
 * @param mode what the viewer may do: answer (the unit's assessor, in draft), appraise (the council, once
 *             submitted), correct (the council, once published) or only read
 */
record AssessmentView(Period period, AssessedUnit unit, StoredFramework framework, List<Group> groups,
                      BigDecimal selfTotal, BigDecimal finalTotal, BigDecimal maxTotal, int answered, int appraised,
                      int indicators, Mode mode) {

    enum Mode { ANSWER, APPRAISE, CORRECT, READ }

    /** A main index and its indicators. */
    record Group(MainIndex index, List<Row> rows, BigDecimal self, BigDecimal result) {
    }

    /**
     * An indicator's line.
     *
     * @param input the kind of input its rule reads: CHOICE, RATE, COUNT or POINTS
     * @param answer null while unanswered
     * @param evidenceMissing whether evidence is still needed before submission
     * @param accept the file types the upload offers ({@code .pdf,.xlsx…}); empty when only links are accepted
     */
    record Row(Indicator indicator, String input, boolean automatic, IndicatorAnswer answer,
               List<EvidenceItem> evidence, boolean evidenceMissing, String accept, boolean links) {

        /** The target of a capped-target rule in percent, e.g. "90"; null for other rules. */
        public String target() {
            return AnswerCheck.reading(indicator.rule()) instanceof ScoringRule.CappedTarget target
                    ? target.target().movePointRight(2).stripTrailingZeros().toPlainString() : null;
        }

        /** The steps of a step table, e.g. "≥1: 2.5 · ≥2: 5"; null for other rules. */
        public String steps() {
            return AnswerCheck.reading(indicator.rule()) instanceof ScoringRule.StepTable table
                    ? String.join(" · ", table.steps().stream().map(step -> "≥" + step.atLeast().toPlainString()
                            + ": " + step.points().toPlainString()).toList()) : null;
        }

        /** The metric of an automatic rule, e.g. ONLINE_DOSSIER_RATE; null for other rules. */
        public String metric() {
            return indicator.rule() instanceof ScoringRule.Automatic automatic ? automatic.metric().name() : null;
        }

        public List<String> grades() {
            return AnswerCheck.reading(indicator.rule()) instanceof ScoringRule.YesNo yesNo
                    ? yesNo.grades().stream().map(ScoringRule.Grade::code).toList() : List.of();
        }
    }

    static AssessmentView of(Period period, AssessedUnit unit, StoredFramework stored,
                             Map<String, IndicatorAnswer> answers, List<EvidenceItem> evidence, Mode mode) {
        Framework framework = stored.framework();
        var groups = new ArrayList<Group>();
        BigDecimal self = BigDecimal.ZERO;
        BigDecimal result = BigDecimal.ZERO;
        int appraised = 0;
        for (MainIndex index : framework.mainIndices()) {
            var rows = new ArrayList<Row>();
            BigDecimal groupSelf = BigDecimal.ZERO;
            BigDecimal groupResult = BigDecimal.ZERO;
            for (Indicator indicator : framework.indicatorsOf(index.code())) {
                IndicatorAnswer answer = answers.get(indicator.code());
                rows.add(row(indicator, answer, evidence));
                if (answer != null) {
                    groupSelf = groupSelf.add(answer.selfPoints());
                    groupResult = groupResult.add(answer.finalPoints());
                    appraised += answer.appraised() ? 1 : 0;
                }
            }
            groups.add(new Group(index, rows, groupSelf, groupResult));
            if (index.counted()) {
                self = self.add(groupSelf);
                result = result.add(groupResult);
            }
        }
        return new AssessmentView(period, unit, stored, groups, self, result, framework.totalPoints(), answers.size(),
                appraised, framework.indicators().size(), mode);
    }

    static Row row(Indicator indicator, IndicatorAnswer answer, List<EvidenceItem> evidence) {
        List<EvidenceItem> mine = evidence.stream().filter(item -> item.indicatorCode().equals(indicator.code())).toList();
        boolean missing = answer != null && EvidenceRule.required(indicator, answer) && mine.isEmpty();
        List<EvidenceKind> kinds = Assessments.kinds(indicator);
        String accept = String.join(",", kinds.stream().filter(kind -> kind != EvidenceKind.LINK)
                .map(kind -> "." + kind.name().toLowerCase(java.util.Locale.ROOT)).toList());
        return new Row(indicator, input(indicator.rule()), indicator.rule() instanceof ScoringRule.Automatic, answer,
                mine, missing, accept, kinds.contains(EvidenceKind.LINK));
    }

    private static String input(ScoringRule rule) {
        ScoringRule reading = AnswerCheck.reading(rule);
        if (reading instanceof ScoringRule.YesNo) {
            return "CHOICE";
        }
        if (reading instanceof ScoringRule.Ratio || reading instanceof ScoringRule.CappedTarget) {
            return "RATE";
        }
        return reading instanceof ScoringRule.StepTable ? "COUNT" : "POINTS";
    }

    /** Share of indicators answered, 0–100, for the progress bar. */
    public int percentAnswered() {
        return indicators == 0 ? 0 : answered * 100 / indicators;
    }
}
