package vn.tinhso.identity;

import java.util.Collection;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The officers who hold a role in some agencies: whom a dossier can be assigned to, whose name signs a letter. */
@Component
public class Colleagues {

    private final JdbcClient jdbc;

    Colleagues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Active officers holding one of the roles in one of the agencies, by name.
     *
     * @param agencyCodes the agencies
     * @param roles the roles, e.g. OFFICER and LEADER
     * @return one line per officer (an officer with several matching grants appears once)
     */
    public List<Colleague> in(Collection<String> agencyCodes, Role... roles) {
        if (agencyCodes.isEmpty() || roles.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT a.username, a.display_name
                FROM account a JOIN role_grant g ON g.account_id = a.id
                WHERE g.agency_code IN (:agencies) AND g.role IN (:roles) AND a.kind = 'OFFICER' AND a.enabled
                ORDER BY a.display_name, a.username
                """)
                .param("agencies", agencyCodes)
                .param("roles", Arrays.stream(roles).map(Enum::name).toList())
                .query(Colleague.class).list();
    }

    /**
     * The display name of an account.
     *
     * @param username the user name
     * @return the name, if the account exists
     */
    public Optional<String> displayName(String username) {
        return jdbc.sql("SELECT display_name FROM account WHERE username = :username").param("username", username)
                .query(String.class).optional();
    }

    /**
     * An officer as colleagues see them.
     *
     * @param username the user name
     * @param displayName the full name
     */
    public record Colleague(String username, String displayName) {
    }
}
