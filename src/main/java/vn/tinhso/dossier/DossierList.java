package vn.tinhso.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lists of dossiers for pages: a citizen's own, and an agency's queue. */
@Component
class DossierList {

    private final JdbcClient jdbc;

    DossierList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Line> ownedBy(long accountId) {
        return jdbc.sql("""
                SELECT code, procedure_code, procedure_version, agency_code, channel, status, applicant_name,
                       submitted_at, due_at
                FROM dossier WHERE owner_account_id = :owner ORDER BY submitted_at DESC LIMIT 200
                """).param("owner", accountId).query(DossierList::line).list();
    }

    /** Dossiers of these agencies in the given states, oldest first. */
    List<Line> ofAgencies(Collection<String> agencies, Collection<DossierStatus> statuses) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT code, procedure_code, procedure_version, agency_code, channel, status, applicant_name,
                       submitted_at, due_at
                FROM dossier WHERE agency_code IN (:agencies) AND status IN (:statuses)
                ORDER BY submitted_at LIMIT 500
                """)
                .param("agencies", agencies)
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query(DossierList::line).list();
    }

    List<Paper> documents(DossierCode code) {
        return jdbc.sql("""
                SELECT dd.position, dd.name, dd.file_name, dd.media_type, dd.size_bytes
                FROM dossier_document dd JOIN dossier d ON d.id = dd.dossier_id
                WHERE d.code = :code ORDER BY dd.position
                """).param("code", code.value()).query(Paper.class).list();
    }

    private static Line line(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp due = rs.getTimestamp("due_at");
        return new Line(new DossierCode(rs.getString("code")), rs.getString("procedure_code"),
                rs.getInt("procedure_version"), rs.getString("agency_code"), Channel.ofPortalCode(rs.getInt("channel")),
                DossierStatus.valueOf(rs.getString("status")), rs.getString("applicant_name"),
                rs.getTimestamp("submitted_at").toInstant(), due == null ? null : due.toInstant());
    }

    /** A paper of a dossier as stored. */
    record Paper(int position, String name, String fileName, String mediaType, long sizeBytes) {
    }

    /** One dossier in a list. */
    record Line(DossierCode code, String procedureCode, int procedureVersion, String agencyCode, Channel channel,
                DossierStatus status, String applicantName, Instant submittedAt, Instant dueAt) {
    }
}
