package vn.tinhso.servicequality.index;

import org.springframework.stereotype.Component;

import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.Role;
import vn.tinhso.platform.Refusal;

/** Who may record a new version of the index: a system administrator, or an officer or leader of the Office. */
@Component("indexEditors")
class IndexEditors {

    private final IndexSettings settings;

    IndexEditors(IndexSettings settings) {
        this.settings = settings;
    }

    boolean may(CurrentUser user) {
        return user != null && (user.systemAdmin()
                || user.mayActIn(settings.office(), Role.OFFICER, Role.LEADER, Role.AGENCY_ADMIN));
    }

    void check(CurrentUser user) {
        if (!may(user)) {
            throw new Refusal(org.springframework.http.HttpStatus.FORBIDDEN, "servicequality.index.edit.forbidden");
        }
    }
}
