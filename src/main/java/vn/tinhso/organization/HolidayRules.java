package vn.tinhso.organization;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public-holiday rules in the database (table {@code holiday_rule}, seeded from Bộ luật Lao động 2019). */
@Repository
class HolidayRules {

    private final JdbcClient jdbc;

    HolidayRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<HolidayRule> all() {
        return jdbc.sql("""
                        SELECT kind, month, day, first_offset, days, name_vi, name_en, valid_from, valid_to
                        FROM holiday_rule
                        ORDER BY valid_from, id
                        """)
                .query(HolidayRule.class)
                .list();
    }
}
