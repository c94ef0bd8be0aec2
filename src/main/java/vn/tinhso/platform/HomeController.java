package vn.tinhso.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: what the platform offers, one card per section. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
