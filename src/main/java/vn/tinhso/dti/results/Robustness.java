package vn.tinhso.dti.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.dti.DtiCorrected;
import vn.tinhso.dti.DtiPublished;
import vn.tinhso.dti.cycle.Period;
import vn.tinhso.dti.cycle.Periods;
import vn.tinhso.dti.scoring.RankInterval;
import vn.tinhso.dti.scoring.Scoring;

/**
 * How firm each published rank is: the engine perturbs the main-index weights (each × U(0.9, 1.1)) in 1000 draws
 * from the seed stored with the publication and reports each ranked unit's rank interval. Drawn in the transaction
 * that publishes (or corrects) the period, so the published ranking never shows without it; the same seed redraws
 * the same intervals.
 */
@Component
public class Robustness {

    static final int DRAWS = Scoring.DEFAULT_DRAWS;
    static final double SPREAD = Scoring.DEFAULT_SPREAD;

    private final Rankings rankings;
    private final Periods periods;
    private final JdbcClient jdbc;

    Robustness(Rankings rankings, Periods periods, JdbcClient jdbc) {
        this.rankings = rankings;
        this.periods = periods;
        this.jdbc = jdbc;
    }

    @EventListener
    void published(DtiPublished published) {
        draw(published.periodId());
    }

    @EventListener
    void corrected(DtiCorrected corrected) {
        draw(corrected.periodId());
    }

    /** Draws and stores the intervals of a published period. */
    void draw(long periodId) {
        Period period = periods.get(periodId);
        if (!period.published() || period.robustnessSeed() == null) {
            return;
        }
        var ranking = rankings.of(period).ranking();
        jdbc.sql("DELETE FROM dti_robustness WHERE period_id = :period").param("period", periodId).update();
        for (RankInterval interval : Scoring.robustness(ranking, DRAWS, SPREAD, period.robustnessSeed())) {
            jdbc.sql("""
                    INSERT INTO dti_robustness (period_id, agency_code, published_rank, best_rank, worst_rank, p5_rank,
                                                p95_rank, share_at_published, draws)
                    VALUES (:period, :agency, :rank, :best, :worst, :p5, :p95, :share, :draws)
                    """)
                    .param("period", periodId).param("agency", interval.unit())
                    .param("rank", interval.publishedRank()).param("best", interval.min())
                    .param("worst", interval.max()).param("p5", interval.p5()).param("p95", interval.p95())
                    .param("share", interval.shareAtPublished().setScale(4, RoundingMode.HALF_UP))
                    .param("draws", DRAWS).update();
        }
    }

    /** The stored intervals of a period by agency code. */
    public Map<String, Interval> of(long periodId) {
        var intervals = new LinkedHashMap<String, Interval>();
        jdbc.sql("SELECT * FROM dti_robustness WHERE period_id = :period ORDER BY published_rank, agency_code")
                .param("period", periodId)
                .query((rs, row) -> new Interval(rs.getString("agency_code"), rs.getInt("published_rank"),
                        rs.getInt("best_rank"), rs.getInt("worst_rank"), rs.getInt("p5_rank"), rs.getInt("p95_rank"),
                        rs.getBigDecimal("share_at_published"), rs.getInt("draws")))
                .list().forEach(interval -> intervals.put(interval.agencyCode(), interval));
        return intervals;
    }

    /**
     * A unit's rank interval.
     *
     * @param best the best rank drawn
     * @param worst the worst rank drawn
     * @param p5 with {@code p95}, the interval holding 90% of the draws
     * @param shareAtPublished share of the draws giving exactly the published rank
     */
    public record Interval(String agencyCode, int publishedRank, int best, int worst, int p5, int p95,
                           BigDecimal shareAtPublished, int draws) {

        /** Whether the rank never moved. */
        public boolean firm() {
            return best == worst;
        }
    }
}
