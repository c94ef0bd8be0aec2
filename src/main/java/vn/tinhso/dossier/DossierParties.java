package vn.tinhso.dossier;

import org.springframework.stereotype.Component;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.Role;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * The two parties to a dossier's rating and feedback: the citizen who owns it and the officers of its receiving
 * agency. Anyone else is told the dossier does not exist, as on the dossier's page.
 */
@Component
class DossierParties {

    private final Dossiers dossiers;
    private final Officers officers;

    DossierParties(Dossiers dossiers, Officers officers) {
        this.dossiers = dossiers;
        this.officers = officers;
    }

    /** The dossier, if the user owns it. */
    Dossier owned(CurrentUser user, String code) {
        Dossier dossier = find(code);
        if (!owns(user, dossier)) {
            throw new NotFound("hồ sơ", code);
        }
        return dossier;
    }

    /** The dossier, if the user is an officer of its receiving agency. */
    Dossier handled(CurrentUser user, String code) {
        Dossier dossier = find(code);
        if (!handles(user, dossier)) {
            throw new NotFound("hồ sơ", code);
        }
        return dossier;
    }

    /** The dossier, if the user owns it or is an officer of its receiving agency. */
    Dossier visible(CurrentUser user, String code) {
        Dossier dossier = find(code);
        if (!owns(user, dossier) && !handles(user, dossier)) {
            throw new NotFound("hồ sơ", code);
        }
        return dossier;
    }

    boolean owns(CurrentUser user, Dossier dossier) {
        return user != null && user.hasRole(Role.CITIZEN)
                && Long.valueOf(user.accountId()).equals(dossier.ownerAccountId);
    }

    boolean handles(CurrentUser user, Dossier dossier) {
        return user != null && officers.mayReceiveFor(user, dossier.agencyCode);
    }

    private Dossier find(String code) {
        try {
            return dossiers.find(new DossierCode(code)).orElseThrow(() -> new NotFound("hồ sơ", code));
        } catch (NotFound notFound) {
            throw notFound;
        } catch (Refusal malformed) {
            throw new NotFound("hồ sơ", code);
        }
    }
}
