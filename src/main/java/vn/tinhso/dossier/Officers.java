package vn.tinhso.dossier;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.Role;
import vn.tinhso.organization.Agencies;

/**
 * Which dossiers an officer may receive and handle: those of the agencies where they are an officer or leader,
 * and of the agencies those belong to (a commune's one-stop desk receives for the commune's People's Committee).
 */
@Component
class Officers {

    private final Agencies agencies;

    Officers(Agencies agencies) {
        this.agencies = agencies;
    }

    boolean mayReceiveFor(CurrentUser officer, String agencyCode) {
        return agenciesOf(officer).contains(agencyCode);
    }

    /** The agencies whose dossiers the officer receives. */
    Set<String> agenciesOf(CurrentUser officer) {
        return officer == null ? Set.of() : agencies.actingFor(officer.agenciesWhere(Role.OFFICER, Role.LEADER));
    }
}
