package vn.tinhso.dti;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the DTI's automatic indicators get their figures: the service-quality module measures rates such as the
 * share of dossiers filed online ({@code ONLINE_DOSSIER_RATE}), resolved on time ({@code ON_TIME_RATE}), returned
 * with an electronic result ({@code E_RESULT_RATE}), paid online ({@code ONLINE_PAYMENT_RATE}) or the share of
 * full-process online services ({@code FULL_PROCESS_SHARE}) for one agency over a period.
 * <p>
 * A module that measures them provides one bean implementing this interface; the DTI pre-fills an assessor's answers
 * with it and the assessor may still correct them. Without such a bean the answers are left for the assessor
 * ({@link #NOT_AVAILABLE}).
 */
public interface ServiceQualityFeed {

    /** Used while no module measures service quality: nothing is ever measured. */
    ServiceQualityFeed NOT_AVAILABLE = (metric, agencyCode, from, to) -> Optional.empty();

    /**
     * The measured value of a metric for an agency (and the agencies under it) over a period.
     *
     * @param metric the metric's name, e.g. {@code ONLINE_DOSSIER_RATE}
     * @param agencyCode the agency's identifier code
     * @param from first day of the period
     * @param to last day of the period
     * @return the measurement, or empty when the metric is unknown or has no data for that agency and period
     */
    Optional<Measurement> measure(String metric, String agencyCode, LocalDate from, LocalDate to);

    /**
     * A measured rate.
     *
     * @param numerator e.g. dossiers filed online
     * @param denominator e.g. all dossiers received; never 0
     * @param source where the figure comes from, shown beside it (e.g. "Thống kê chất lượng phục vụ 2025")
     */
    record Measurement(long numerator, long denominator, String source) {

        public Measurement {
            if (numerator < 0 || denominator <= 0 || numerator > denominator) {
                throw new IllegalArgumentException("A rate needs 0 <= numerator <= denominator, denominator > 0");
            }
        }
    }
}
