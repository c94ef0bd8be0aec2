package vn.tinhso.identity;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;

/**
 * Counts failed sign-ins and locks an account after too many in a row; writes every sign-in, failure and
 * sign-out to the audit log. Unknown usernames are logged too, but the page says the same thing for both.
 */
@Component
class SignInAttempts {

    private final Accounts accounts;
    private final AuditLog audit;
    private final IdentityProperties properties;
    private final Clock clock;

    SignInAttempts(Accounts accounts, AuditLog audit, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.clearFailures(username);
        audit.record(username, "identity.sign-in", username, "");
    }

    @Transactional
    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        var now = clock.instant();
        int failures = accounts.recordFailure(username, properties.maxFailedAttempts(), now,
                now.plus(properties.lockout()));
        String reason = event.getException().getClass().getSimpleName()
                + (failures >= properties.maxFailedAttempts() ? ", locked" : "");
        audit.record(username, "identity.sign-in-failed", username, reason);
    }

    @Transactional
    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.record(username, "identity.sign-out", username, "");
    }
}
