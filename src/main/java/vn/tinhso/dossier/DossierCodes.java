package vn.tinhso.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.platform.Refusal;

/**
 * Hands out dossier codes: {@code <agency code>-YYMMDD-XXXX} with XXXX the agency's sequence of the day
 * (Thông tư 01/2018/TT-VPCP Art. 19). The counter row of (agency, day) is locked by the increment until the
 * submission commits, so concurrent submissions never get the same number, and a submission that fails gives
 * its number back. Past 9,999 the agency cannot receive more dossiers that day: a clear refusal, not a wrong code.
 */
@Component
class DossierCodes {

    static final int LAST = 9_999;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcClient jdbc;

    DossierCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    DossierCode next(String agencyCode, LocalDate day) {
        int number = jdbc.sql("""
                INSERT INTO dossier_sequence (agency_code, day, last_value) VALUES (:agency, :day, 1)
                ON CONFLICT (agency_code, day) DO UPDATE SET last_value = dossier_sequence.last_value + 1
                WHERE dossier_sequence.last_value < :last
                RETURNING last_value
                """)
                .param("agency", agencyCode).param("day", day).param("last", LAST)
                .query(Integer.class).optional()
                .orElseThrow(() -> Refusal.of("dossier.code.exhausted", agencyCode, LAST));
        return new DossierCode("%s-%s-%04d".formatted(agencyCode, DAY.format(day), number));
    }
}
