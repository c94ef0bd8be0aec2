package vn.tinhso.servicequality.dashboard;

import java.math.BigDecimal;

import vn.tinhso.servicequality.Figures;

/**
 * The headline figures of a unit and period on the dashboard. Rates are fractions with four decimals, null when
 * there is nothing to divide by.
 *
 * @param received received in the period, any channel
 * @param receivedOnline of them online
 * @param receivedDirectOrPostal of them at the desk or by post
 * @param carriedOver received before the period, unfinished when it began
 * @param resolved results issued in the period
 * @param resolvedLate of them late (after the due date, or after more than one supplement request)
 * @param inProgress unfinished at the period's end
 * @param overdue of them past their due date
 * @param electronicResults results issued as electronic documents
 * @param ratings ratings given in the period
 * @param onlineRate online among received
 * @param onTimeRate early or on time among resolved
 * @param electronicResultRate electronic results among resolved
 * @param digitisedRate digitised among received
 * @param satisfactionRate satisfied or very satisfied among ratings
 * @param averageProcessingDays average calendar days from reception to result
 * @param indexScore Decision 766 score out of 100
 */
public record Headline(long received, long receivedOnline, long receivedDirectOrPostal, long carriedOver,
                       long resolved, long resolvedLate, long inProgress, long overdue, long electronicResults,
                       long ratings, BigDecimal onlineRate, BigDecimal onTimeRate, BigDecimal electronicResultRate,
                       BigDecimal digitisedRate, BigDecimal satisfactionRate, BigDecimal averageProcessingDays,
                       BigDecimal indexScore) {

    static Headline of(Figures f, BigDecimal indexScore) {
        return new Headline(f.receivedInPeriod(), f.receivedOnline(), f.receivedDirectOrPostal(), f.carriedOver(),
                f.resolved(), f.resolvedLate(), f.inProgress(), f.inProgressOverdue(), f.electronicResults(),
                f.ratings(), f.onlineRate(), f.onTimeRate(), f.electronicResultRate(), f.digitisedRate(),
                f.satisfactionRate(), f.averageProcessingDays(), indexScore);
    }
}
