package vn.tinhso.servicequality;

/**
 * One step of a trend: a week or a month (cut to the period asked for) and its figures.
 *
 * @param period the week or month
 * @param figures its figures
 */
public record TrendPoint(Period period, Figures figures) {
}
