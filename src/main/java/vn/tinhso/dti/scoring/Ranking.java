package vn.tinhso.dti.scoring;

import java.util.List;
import java.util.Optional;

/**
 * The standings of all units under one framework, ordered by rank (unranked units last), then by unit.
 */
public record Ranking(Framework framework, List<Standing> standings) {

    public Ranking {
        standings = List.copyOf(standings);
    }

    public Optional<Standing> standing(String unit) {
        return standings.stream().filter(standing -> standing.unit().equals(unit)).findFirst();
    }

    /** How many units are ranked (the 63 of "13/63"). */
    public int rankedCount() {
        return (int) standings.stream().filter(Standing::ranked).count();
    }
}
