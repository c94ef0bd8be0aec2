package vn.tinhso.servicequality.dashboard;

import java.math.BigDecimal;

import vn.tinhso.servicequality.Figures;
import vn.tinhso.servicequality.index.UnitScore;

/**
 * A unit on the dashboard's ranking: its dossiers, its rates and its Decision 766 score. Rates are fractions with
 * four decimals, null when there is nothing to divide by.
 *
 * @param code unit code
 * @param name unit name
 * @param kind PEOPLES_COMMITTEE, DEPARTMENT, SERVICE_CENTRE, COMMUNE_SERVICE_POINT or OTHER
 * @param commune whether it is a commune or ward (its People's Committee)
 * @param received received in the period
 * @param receivedOnline of them online
 * @param receivedDirectOrPostal of them at the desk or by post
 * @param overdue unfinished and past the due date at the period's end
 * @param onlineRate online among received
 * @param onTimeRate early or on time among resolved
 * @param electronicResultRate electronic results among resolved
 * @param digitisedRate digitised among received
 * @param satisfactionRate satisfied or very satisfied among ratings
 * @param indexScore Decision 766 score out of 100
 * @param indexRank place in the Decision 766 ranking, null when not ranked
 */
public record UnitRow(String code, String name, String kind, boolean commune, long received, long receivedOnline,
                      long receivedDirectOrPostal, long overdue, BigDecimal onlineRate, BigDecimal onTimeRate,
                      BigDecimal electronicResultRate, BigDecimal digitisedRate, BigDecimal satisfactionRate,
                      BigDecimal indexScore, Integer indexRank) {

    static UnitRow of(UnitScore score, boolean commune) {
        Figures f = score.figures();
        return new UnitRow(score.unit().code(), score.unit().name(), score.unit().kind(), commune,
                f.receivedInPeriod(), f.receivedOnline(), f.receivedDirectOrPostal(), f.inProgressOverdue(),
                f.onlineRate(), f.onTimeRate(), f.electronicResultRate(), f.digitisedRate(), f.satisfactionRate(),
                score.ranked() ? score.score() : null, score.rank());
    }
}
