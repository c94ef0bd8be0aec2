package vn.tinhso.dossier;

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
        return officer != null
                && agencies.actingFor(officer.agenciesWhere(Role.OFFICER, Role.LEADER)).contains(agencyCode);
    }
}
