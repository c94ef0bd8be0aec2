package vn.tinhso.dti.scoring;

import java.util.List;
import java.util.Optional;

/**
 * This year's ranking beside last year's.
 *
 * @param previous last year's ranking as compared: merged units stand in for their predecessors, with the mean of
 *                 their main-index values, and are ranked among the others
 * @param changes  one per unit of this year's ranking, in its order
 */
public record Comparison(Ranking current, Ranking previous, List<Change> changes) {

    public Comparison {
        changes = List.copyOf(changes);
    }

    public Optional<Change> change(String unit) {
        return changes.stream().filter(change -> change.unit().equals(unit)).findFirst();
    }
}
