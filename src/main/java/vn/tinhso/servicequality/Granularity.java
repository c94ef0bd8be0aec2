package vn.tinhso.servicequality;

/** The step of a trend: the figures of each week or each month of a period. */
public enum Granularity {
    /** Monday to Sunday. */
    WEEK,
    /** Calendar month. */
    MONTH
}
