package vn.tinhso.identity;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CSRF token of the caller's session, for scripts and API clients that change data with the session they
 * signed in with: send it back in the named header.
 */
@RestController
class CsrfTokenApi {

    @GetMapping("/api/csrf")
    Token token(CsrfToken token) {
        return new Token(token.getHeaderName(), token.getToken());
    }

    /** Which header to send, and its value. */
    record Token(String headerName, String token) {
    }
}
