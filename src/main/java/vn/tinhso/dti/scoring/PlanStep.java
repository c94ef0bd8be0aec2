package vn.tinhso.dti.scoring;

import java.math.BigDecimal;

/**
 * One step of a {@link PathToTarget}: an indicator (or, for an assessment given as main-index values, a main
 * index) with points still to gain.
 *
 * @param available  its maximum minus the points it has
 * @param effort     the effort it costs (data; a default when not given)
 * @param cumulative points gained when this and every earlier step is done
 */
public record PlanStep(String code, String name, BigDecimal available, BigDecimal effort, BigDecimal pointsPerEffort,
                       BigDecimal cumulative) {
}
