package vn.tinhso.dti.scoring;

/** The command line's output: {@code rank,unit,score,previous_rank,rank_change}, in ranking order. */
final class RankTable {

    static final String HEADER = "rank,unit,score,previous_rank,rank_change";

    private RankTable() {
    }

    static String csv(Ranking ranking, Comparison comparison) {
        var out = new StringBuilder(HEADER).append('\n');
        var movements = new java.util.HashMap<String, Movement>();
        if (comparison != null) {
            comparison.changes().forEach(change -> movements.put(change.unit(), change.total()));
        }
        for (Standing standing : ranking.standings()) {
            Movement movement = movements.get(standing.unit());
            out.append(text(standing.rank())).append(',')
                    .append(Csv.field(standing.unit())).append(',')
                    .append(standing.total().value().toPlainString()).append(',')
                    .append(movement == null ? "" : text(movement.previousRank())).append(',')
                    .append(movement == null ? "" : text(movement.rankChange())).append('\n');
        }
        return out.toString();
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
