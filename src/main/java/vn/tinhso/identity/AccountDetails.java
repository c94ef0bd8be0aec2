package vn.tinhso.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks accounts up for sign-in; citizens may type their identity number with spaces or dots. */
@Service
class AccountDetails implements UserDetailsService {

    private final Accounts accounts;
    private final Clock clock;

    AccountDetails(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String typed) {
        String username = typed == null ? "" : typed.strip();
        if (username.matches("[\\d\\s.]{12,20}")) {
            username = username.replaceAll("[\\s.]", "");
        }
        return accounts.findByUsername(username)
                .map(account -> SignedInAccount.of(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
