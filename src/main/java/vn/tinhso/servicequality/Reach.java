package vn.tinhso.servicequality;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.RoleGrant;
import vn.tinhso.platform.NotFound;

/**
 * Which units' figures and dossiers a user may see. An officer sees the agencies where they hold a role and every
 * agency below them; the one-stop desk of a commune also sees its commune. The Office of the People's Committee and
 * system administrators see the province. Citizens and visitors see nothing.
 */
@Component
public class Reach {

    private final UnitTree tree;
    private final ServiceQualityProperties properties;

    Reach(UnitTree tree, ServiceQualityProperties properties) {
        this.tree = tree;
        this.properties = properties;
    }

    /** The highest units the user may see, each standing for the units below it; empty for citizens. */
    public Set<String> roots(CurrentUser user) {
        var roots = new LinkedHashSet<String>();
        if (user == null) {
            return roots;
        }
        if (user.systemAdmin() || user.grants().stream().anyMatch(g -> properties.office().equals(g.agencyCode()))) {
            roots.add(properties.province());
            return roots;
        }
        for (RoleGrant grant : user.grants()) {
            if (grant.role().heldInAgency() && !grant.agencyCode().isEmpty()) {
                tree.find(grant.agencyCode()).ifPresent(unit -> roots.add(
                        "COMMUNE_SERVICE_POINT".equals(unit.kind()) && unit.parentCode() != null
                                ? unit.parentCode() : unit.code()));
            }
        }
        roots.removeIf(root -> tree.upwards(root).stream().skip(1).anyMatch(roots::contains));
        return roots;
    }

    /** The unit the user sees first: the province, or the first of their own units. */
    public String home(CurrentUser user) {
        return roots(user).stream().findFirst().orElseThrow(() -> new NotFound("đơn vị", ""));
    }

    /** Whether the user may see the unit's figures and dossiers. */
    public boolean covers(CurrentUser user, String unitCode) {
        if (unitCode == null || tree.find(unitCode).isEmpty()) {
            return false;
        }
        Set<String> roots = roots(user);
        return tree.upwards(unitCode.strip()).stream().anyMatch(roots::contains);
    }

    /**
     * The unit, if the user may see it.
     *
     * @throws NotFound when the unit does not exist or is out of the user's reach: the same answer for both
     */
    public Unit check(CurrentUser user, String unitCode) {
        if (!covers(user, unitCode)) {
            throw new NotFound("đơn vị", unitCode == null ? "" : unitCode);
        }
        return tree.require(unitCode);
    }
}
