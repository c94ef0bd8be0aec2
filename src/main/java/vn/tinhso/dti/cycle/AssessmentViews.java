package vn.tinhso.dti.cycle;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.NotFound;

/** Builds the assessment page of a unit for the person looking at it, with what they may do there. */
@Component
class AssessmentViews {

    private final Assessments assessments;
    private final Periods periods;
    private final Answers answers;
    private final StoredFrameworks frameworks;
    private final Reminders reminders;
    private final DtiAccess access;

    AssessmentViews(Assessments assessments, Periods periods, Answers answers, StoredFrameworks frameworks,
                    Reminders reminders, DtiAccess access) {
        this.assessments = assessments;
        this.periods = periods;
        this.answers = answers;
        this.frameworks = frameworks;
        this.reminders = reminders;
        this.access = access;
    }

    AssessmentView of(CurrentUser user, long periodId, String agencyCode) {
        AssessedUnit unit = assessments.visible(user, periodId, agencyCode);
        Period period = periods.get(periodId);
        return AssessmentView.of(period, unit, frameworks.get(period.frameworkId()),
                answers.of(periodId, agencyCode), answers.evidence(periodId, agencyCode), mode(user, period, unit));
    }

    AssessmentView.Row row(AssessmentView view, String indicatorCode) {
        return view.groups().stream().flatMap(group -> group.rows().stream())
                .filter(row -> row.indicator().code().equals(indicatorCode)).findFirst()
                .orElseThrow(() -> new NotFound("chỉ tiêu", indicatorCode));
    }

    List<Reminders.Reminder> reminders(long periodId, String agencyCode) {
        return reminders.of(periodId, agencyCode);
    }

    private AssessmentView.Mode mode(CurrentUser user, Period period, AssessedUnit unit) {
        if (period.published()) {
            return access.council(user) ? AssessmentView.Mode.CORRECT : AssessmentView.Mode.READ;
        }
        if (!unit.submitted() && access.assesses(user, unit.agencyCode())) {
            return AssessmentView.Mode.ANSWER;
        }
        return unit.submitted() && access.council(user) ? AssessmentView.Mode.APPRAISE : AssessmentView.Mode.READ;
    }
}
