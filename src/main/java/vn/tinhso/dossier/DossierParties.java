package vn.tinhso.dossier;

import org.springframework.stereotype.Component;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.Role;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * The two parties to a dossier: the citizen who owns it and the officers who may handle it (of its receiving
 * agency, of the agency at work on it, and of the agencies taking part in its workflow). Anyone else is told the
 * dossier does not exist: the dossier's page, its rating and its feedback ask here.
 */
@Component
class DossierParties {

    private final Dossiers dossiers;
    private final Processing processing;

    DossierParties(Dossiers dossiers, Processing processing) {
        this.dossiers = dossiers;
        this.processing = processing;
    }

    /** The dossier, if the user owns it. */
    Dossier owned(CurrentUser user, String code) {
        Dossier dossier = find(code);
        if (!owns(user, dossier)) {
            throw new NotFound("hồ sơ", code);
        }
        return dossier;
    }

    /** The dossier, if the user is an officer who may handle it. */
    Dossier handled(CurrentUser user, String code) {
        Dossier dossier = find(code);
        if (!handles(user, dossier)) {
            throw new NotFound("hồ sơ", code);
        }
        return dossier;
    }

    /** The dossier, if the user owns it or is an officer who may handle it. */
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
        return processing.mayHandle(user, dossier);
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
