package vn.tinhso.procedure.search;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The baselines the search is compared with: what a first version would do with {@code ILIKE '%…%'}. */
record NaiveSearch(JdbcClient jdbc) {

    /** The typed text as one substring of the name, as typed. */
    List<String> ilike(String typed, int limit) {
        return jdbc.sql("""
                SELECT code FROM procedure_in_force
                WHERE NOT abolished AND name ILIKE '%' || :typed || '%'
                ORDER BY name LIMIT :limit
                """).param("typed", typed.strip()).param("limit", limit).query(String.class).list();
    }

    /** The same, with diacritics removed on both sides (what the unit search of the organization module does). */
    List<String> unaccentIlike(String typed, int limit) {
        return jdbc.sql("""
                SELECT code FROM procedure_in_force
                WHERE NOT abolished AND unaccent(name) ILIKE '%' || unaccent(:typed) || '%'
                ORDER BY name LIMIT :limit
                """).param("typed", typed.strip()).param("limit", limit).query(String.class).list();
    }
}
