package vn.tinhso.servicequality.index;

/**
 * The two counts of a rate, e.g. 178 dossiers settled on time out of 200.
 *
 * @param numerator what met the indicator
 * @param denominator what it is counted out of
 */
public record Count(long numerator, long denominator) {

    public Count {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("Counts are never negative: " + numerator + "/" + denominator);
        }
    }
}
