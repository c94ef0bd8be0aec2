package vn.tinhso.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.tinhso.organization.Agencies;
import vn.tinhso.organization.AgencyCode;

/** "My account": who I am and, for officers, the agencies I act for. */
@Controller
class AccountController {

    private final Agencies agencies;

    AccountController(Agencies agencies) {
        this.agencies = agencies;
    }

    @GetMapping("/account")
    String account(CurrentUser user, Model model) {
        model.addAttribute("me", user);
        model.addAttribute("roles", user.grants().stream().map(this::describe).toList());
        if (user.identityNumber() != null) {
            model.addAttribute("identity", new IdentityNumber(user.identityNumber()));
        }
        return "identity/account";
    }

    private RoleLine describe(RoleGrant grant) {
        if (grant.agencyCode().isEmpty()) {
            return new RoleLine(grant.role(), "", "");
        }
        String name = agencies.find(new AgencyCode(grant.agencyCode())).map(agency -> agency.name()).orElse("");
        return new RoleLine(grant.role(), grant.agencyCode(), name);
    }

    /** A role as shown on the page, with the agency's name. */
    record RoleLine(Role role, String agencyCode, String agencyName) {
    }
}
