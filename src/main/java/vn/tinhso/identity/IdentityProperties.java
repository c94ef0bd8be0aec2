package vn.tinhso.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules, under {@code tinhso.identity.*}.
 *
 * @param maxFailedAttempts wrong passwords in a row before the account is locked
 * @param lockout how long a locked account stays locked
 * @param demoPassword password of the demo accounts created on first start (when demo data is on)
 */
@ConfigurationProperties("tinhso.identity")
record IdentityProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("Tinhso@2025") String demoPassword) {
}
