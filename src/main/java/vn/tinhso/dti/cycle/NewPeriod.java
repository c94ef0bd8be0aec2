package vn.tinhso.dti.cycle;

import java.time.LocalDate;
import java.util.List;

/**
 * What opens a period, from the organiser's form or the API.
 *
 * @param year the year assessed
 * @param frameworkId the framework version to score with
 * @param title optional; "DTI <year> — <framework>" when blank
 * @param units agency codes of the units assessed
 * @param unranked those of the units scored but not ranked
 */
public record NewPeriod(int year, long frameworkId, String title, LocalDate selfAssessmentDue,
                        LocalDate appraisalDue, List<String> units, List<String> unranked) {

    public NewPeriod {
        units = units == null ? List.of() : units.stream().filter(code -> code != null && !code.isBlank())
                .map(String::strip).toList();
        unranked = unranked == null ? List.of() : unranked.stream().filter(code -> code != null && !code.isBlank())
                .map(String::strip).toList();
    }
}
