package vn.tinhso.dti;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import vn.tinhso.dti.cycle.AnswerInput;
import vn.tinhso.dti.cycle.Assessments;
import vn.tinhso.dti.cycle.NewPeriod;
import vn.tinhso.dti.cycle.Period;
import vn.tinhso.dti.cycle.Periods;
import vn.tinhso.dti.cycle.StoredFrameworks;
import vn.tinhso.dti.scoring.Indicator;
import vn.tinhso.dti.scoring.ScoringRule;
import vn.tinhso.identity.AccountKind;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.Role;
import vn.tinhso.identity.RoleGrant;

/**
 * Periods of the departments' framework (297) for tests, each in a year of its own (tests share one database), and
 * units answered through the services people use.
 */
public final class DtiFixtures {

    public static final String SCIENCE = "000.13.00.H26";
    public static final String JUSTICE = "000.11.00.H26";
    public static final String CONSTRUCTION = "000.15.00.H26";
    public static final String OFFICE = "000.01.00.H26";
    /** The council, as the demo account dti.hoidong. */
    public static final CurrentUser COUNCIL = user("dti.hoidong", Role.DTI_COUNCIL, "000.01.00.H26");

    private static final AtomicInteger YEARS = new AtomicInteger(2040);

    private DtiFixtures() {
    }

    /** A year no other test uses. */
    public static int freshYear() {
        return YEARS.getAndIncrement();
    }

    public static CurrentUser assessor(String agency) {
        return user(agency.equals(SCIENCE) ? "dti.khcn" : "assessor." + agency, Role.DTI_ASSESSOR, agency);
    }

    public static CurrentUser user(String username, Role role, String agency) {
        return new CurrentUser(0, username, username, AccountKind.OFFICER, null, List.of(new RoleGrant(role, agency)));
    }

    /** Opens a period of the departments in that year; deadlines a month and two months ahead. */
    public static Period open(Periods periods, StoredFrameworks frameworks, int year, List<String> units,
                              List<String> unranked) {
        long framework = frameworks.latest("297-department").orElseThrow().id();
        return periods.open(COUNCIL, new NewPeriod(year, framework, "DTI " + year + " (kiểm thử)",
                LocalDate.now().plusDays(30), LocalDate.now().plusDays(60), units, unranked));
    }

    /** Answers every indicator of a unit at a level from 0 to 1 with a link as evidence, then submits it. */
    public static void answerAndSubmit(Assessments assessments, StoredFrameworks frameworks, Period period, String unit,
                                       double level) {
        answerAll(assessments, frameworks, period, unit, level);
        assessments.submit(assessor(unit), period.id(), unit);
    }

    public static void answerAll(Assessments assessments, StoredFrameworks frameworks, Period period, String unit,
                                 double level) {
        CurrentUser assessor = assessor(unit);
        for (Indicator indicator : frameworks.get(period.frameworkId()).framework().indicators()) {
            var answer = assessments.answer(assessor, period.id(), unit, indicator.code(), input(indicator, level));
            if (answer.selfPoints().signum() > 0) {
                assessments.addLink(assessor, period.id(), unit, indicator.code(),
                        "https://example.vn/minh-chung/" + unit + "/" + indicator.code());
            }
        }
    }

    /** An answer earning about {@code level} of the indicator's points. */
    public static AnswerInput input(Indicator indicator, double level) {
        ScoringRule rule = indicator.rule() instanceof ScoringRule.Automatic automatic ? automatic.inner() : indicator.rule();
        if (rule instanceof ScoringRule.YesNo yesNo) {
            return new AnswerInput(level >= 0.5 ? yesNo.grades().get(0).code()
                    : yesNo.grades().get(yesNo.grades().size() - 1).code(), null, null, null, "");
        }
        if (rule instanceof ScoringRule.StepTable table) {
            var top = table.steps().get(table.steps().size() - 1).atLeast();
            return new AnswerInput(null, null, null, String.valueOf(Math.round(level * top.doubleValue())), "");
        }
        if (rule instanceof ScoringRule.Manual) {
            return new AnswerInput(null, null, null, String.valueOf(Math.round(level * indicator.maxPoints().doubleValue())), "");
        }
        return new AnswerInput(null, String.valueOf(Math.round(level * 100)), "100", null, "");
    }
}
