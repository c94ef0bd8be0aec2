package vn.tinhso.servicequality;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many procedures a unit carries out and offers online, from the catalogue in force on a day
 * ({@code procedure_in_force_on}, published by the procedure module): a procedure counts for a unit when one of
 * the agencies implementing it is the unit or below it.
 */
@Component
class Catalogue {

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Offer offer(Collection<String> agencies, String field, LocalDate day) {
        return jdbc.sql("""
                        SELECT count(*) AS procedures,
                               count(*) FILTER (WHERE online_level <> 'NONE') AS online,
                               count(*) FILTER (WHERE online_level = 'FULL_PROCESS') AS full_process
                        FROM procedure_in_force_on(:day)
                        WHERE NOT abolished
                          AND agency_codes && string_to_array(:agencies, ',')
                          AND (CAST(:field AS text) IS NULL OR field_code = :field)
                        """)
                .param("day", day).param("agencies", String.join(",", agencies)).param("field", field)
                .query((rs, row) -> new Offer(rs.getLong("procedures"), rs.getLong("online"),
                        rs.getLong("full_process")))
                .single();
    }

    /** Procedures carried out, offered online, offered as a full online process. */
    record Offer(long procedures, long online, long fullProcess) {

        Figures into(Figures f) {
            return new Figures(f.receivedOnline(), f.receivedDirect(), f.receivedPostal(), f.carriedOver(),
                    f.resolvedEarly(), f.resolvedOnTime(), f.resolvedLate(), f.processingMinutes(),
                    f.closedWithoutResult(), f.inProgressWithinDeadline(), f.inProgressOverdue(),
                    f.electronicResults(), f.digitised(), f.withFee(), f.paidOnline(), f.verySatisfied(),
                    f.satisfied(), f.dissatisfied(), procedures, online, fullProcess,
                    f.proceduresWithOnlineDossier());
        }
    }
}
