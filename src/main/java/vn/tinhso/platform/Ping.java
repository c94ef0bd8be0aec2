package vn.tinhso.platform;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cheapest request the platform answers: the baseline benchmarks compare their endpoints with. */
@RestController
class Ping {

    @GetMapping(value = "/api/ping", produces = "text/plain")
    String ping() {
        return "ok";
    }
}
