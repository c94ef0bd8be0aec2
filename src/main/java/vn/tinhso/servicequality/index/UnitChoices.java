package vn.tinhso.servicequality.index;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.servicequality.Reach;
import vn.tinhso.servicequality.Statistics;
import vn.tinhso.servicequality.Unit;

/** The units a user may pick on the service-quality pages: their own units and every unit below, as a tree. */
@Component
public class UnitChoices {

    private final Reach reach;
    private final Statistics statistics;

    UnitChoices(Reach reach, Statistics statistics) {
        this.reach = reach;
        this.statistics = statistics;
    }

    /** Depth first, each unit with its depth below the user's own units (0 for those). */
    public List<Choice> of(CurrentUser user) {
        var choices = new ArrayList<Choice>();
        for (String root : reach.roots(user)) {
            add(statistics.unit(root), 0, choices);
        }
        return choices;
    }

    /**
     * The unit asked for if the user may see it (404 otherwise), or the user's first unit when none is asked for.
     */
    public Unit pick(CurrentUser user, String unitCode) {
        return reach.check(user, unitCode == null || unitCode.isBlank() ? reach.home(user) : unitCode.strip());
    }

    private void add(Unit unit, int depth, List<Choice> choices) {
        choices.add(new Choice(unit.code(), unit.name(), depth));
        for (Unit child : statistics.children(unit.code())) {
            if (child.validTo() == null) {
                add(child, depth + 1, choices);
            }
        }
    }

    /**
     * @param code unit code
     * @param name unit name
     * @param depth how far below the user's own unit
     */
    public record Choice(String code, String name, int depth) {

        /** The name indented by its depth, for a select list. */
        public String label() {
            return "\u00a0\u00a0".repeat(depth) + name;
        }
    }
}
