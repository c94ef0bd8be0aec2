package vn.tinhso.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST. One message for every failure: no user enumeration. */
@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(CurrentUser user) {
        return user == null ? "identity/sign-in" : "redirect:/account";
    }
}
