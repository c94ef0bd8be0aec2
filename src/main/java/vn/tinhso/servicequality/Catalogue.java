package vn.tinhso.servicequality;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many procedures a unit carries out and offers online, from the catalogue in force on a day
 * ({@code procedure_in_force_on}, published by the procedure module): a procedure counts for a unit when one of
 * the agencies implementing it is the unit or below it. The catalogue of a day is kept for a minute: a dashboard
 * asks for it many times in a row.
 */
@Component
class Catalogue {

    private static final Duration KEEP = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Read last;

    Catalogue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the agencies offer, in one field or all ({@code null}). */
    Offer offer(Set<String> agencies, String field, LocalDate day) {
        Offer total = Offer.NONE;
        for (Offered procedure : inForce(day)) {
            if ((field == null || field.equals(procedure.field())) && procedure.by(agencies)) {
                total = total.plus(procedure);
            }
        }
        return total;
    }

    /** What the agencies offer in each field. */
    Map<String, Offer> byField(Set<String> agencies, LocalDate day) {
        var offers = new HashMap<String, Offer>();
        for (Offered procedure : inForce(day)) {
            if (procedure.by(agencies)) {
                offers.merge(procedure.field(), Offer.NONE.plus(procedure), (a, b) -> a.plus(procedure));
            }
        }
        return offers;
    }

    private List<Offered> inForce(LocalDate day) {
        Instant now = clock.instant();
        Read read = last;
        if (read == null || !read.day.equals(day) || read.at.plus(KEEP).isBefore(now)) {
            read = new Read(day, now, jdbc.sql("""
                            SELECT field_code, online_level, agency_codes
                            FROM procedure_in_force_on(:day)
                            WHERE NOT abolished
                            """)
                    .param("day", day)
                    .query((rs, row) -> new Offered(rs.getString("field_code"), rs.getString("online_level"),
                            (String[]) rs.getArray("agency_codes").getArray()))
                    .list());
            last = read;
        }
        return read.procedures;
    }

    /** Procedures carried out, offered online, offered as a full online process. */
    record Offer(long procedures, long online, long fullProcess) {

        static final Offer NONE = new Offer(0, 0, 0);

        Offer plus(Offered procedure) {
            return new Offer(procedures + 1, online + ("NONE".equals(procedure.onlineLevel()) ? 0 : 1),
                    fullProcess + ("FULL_PROCESS".equals(procedure.onlineLevel()) ? 1 : 0));
        }
    }

    private record Offered(String field, String onlineLevel, String[] agencies) {

        boolean by(Set<String> units) {
            return Arrays.stream(agencies).anyMatch(units::contains);
        }
    }

    private record Read(LocalDate day, Instant at, List<Offered> procedures) {
    }
}
