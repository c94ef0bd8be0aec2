package vn.tinhso.dossier;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.Role;
import vn.tinhso.organization.Agencies;

/**
 * Which dossiers an officer may receive and handle: those of the agencies where they are an officer or leader,
 * and of the agencies those belong to (a commune's one-stop desk receives for the commune's People's Committee).
 * In an inter-agency ("liên thông") procedure the officers of every agency that carries out a step see the dossier;
 * who may take an action is decided by the roles held in the agency carrying out the current step.
 */
@Component
class Officers {

    private static final Role[] HANDLING = {Role.OFFICER, Role.LEADER};

    private final Agencies agencies;

    Officers(Agencies agencies) {
        this.agencies = agencies;
    }

    boolean mayReceiveFor(CurrentUser officer, String agencyCode) {
        return agenciesOf(officer).contains(agencyCode);
    }

    /** Whether the officer works for the receiving agency, the agency at work on it, or a participating agency. */
    boolean mayHandle(CurrentUser officer, Dossier dossier, Set<String> participants) {
        Set<String> mine = agenciesOf(officer);
        return mine.contains(dossier.agencyCode) || mine.contains(dossier.progress().handlingAgency())
                || participants.stream().anyMatch(mine::contains);
    }

    /** The agencies whose dossiers the officer receives. */
    Set<String> agenciesOf(CurrentUser officer) {
        return officer == null ? Set.of() : agencies.actingFor(officer.agenciesWhere(HANDLING));
    }

    /** The roles (OFFICER, LEADER) the officer holds for an agency, directly or through an agency below it. */
    Set<String> rolesIn(CurrentUser officer, String agencyCode) {
        var roles = new HashSet<String>();
        if (officer == null) {
            return roles;
        }
        for (Role role : HANDLING) {
            Set<String> held = officer.agenciesWhere(role);
            if (held.contains(agencyCode) || !held.isEmpty() && agencies.actingFor(held).contains(agencyCode)) {
                roles.add(role.name());
            }
        }
        return roles;
    }
}
