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

    /** Dossiers handled by these agencies in the given states, the earliest due first. */
    List<WorkLine> handledBy(Collection<String> agencies, Collection<DossierStatus> statuses, String stepRole,
                             Instant dueBefore, String assignee) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT code, procedure_code, procedure_version, agency_code, handling_agency, channel, status, step,
                       step_role, assignee, applicant_name, received_at, due_at, step_due_at
                FROM dossier
                WHERE handling_agency IN (:agencies) AND status IN (:statuses)
                  AND (CAST(:role AS text) IS NULL OR step_role = :role)
                  AND (CAST(:dueBefore AS timestamptz) IS NULL OR due_at < :dueBefore)
                  AND (CAST(:assignee AS text) IS NULL OR assignee = :assignee)
                ORDER BY due_at NULLS LAST, code LIMIT 500
                """)
                .param("agencies", agencies)
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .param("role", stepRole)
                .param("dueBefore", dueBefore == null ? null : Timestamp.from(dueBefore))
                .param("assignee", assignee)
                .query((rs, row) -> new WorkLine(new DossierCode(rs.getString("code")), rs.getString("procedure_code"),
                        rs.getInt("procedure_version"), rs.getString("agency_code"), rs.getString("handling_agency"),
                        Channel.ofPortalCode(rs.getInt("channel")), DossierStatus.valueOf(rs.getString("status")),
                        rs.getString("step"), rs.getString("step_role"), rs.getString("assignee"),
                        rs.getString("applicant_name"), instant(rs.getTimestamp("received_at")),
                        instant(rs.getTimestamp("due_at")), instant(rs.getTimestamp("step_due_at"))))
                .list();
    }

    /** The dossier book (form 07): dossiers received by these agencies between two days, in order of receipt. */
    List<BookLine> book(Collection<String> agencies, java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("""
                SELECT code, procedure_code, procedure_version, applicant_name, applicant_address, applicant_phone,
                       received_at, due_at, handling_agency, resolved_at, returned_at, status, return_method
                FROM dossier
                WHERE agency_code IN (:agencies) AND received_at IS NOT NULL
                  AND received_at >= (CAST(:from AS date) AT TIME ZONE 'Asia/Ho_Chi_Minh')
                  AND received_at < (CAST(:to AS date) + 1) AT TIME ZONE 'Asia/Ho_Chi_Minh'
                ORDER BY received_at, code
                """)
                .param("agencies", agencies).param("from", from).param("to", to)
                .query((rs, row) -> {
                    String method = rs.getString("return_method");
                    return new BookLine(rs.getString("code"), rs.getString("procedure_code"),
                            rs.getInt("procedure_version"), rs.getString("applicant_name"),
                            rs.getString("applicant_address"), rs.getString("applicant_phone"),
                            instant(rs.getTimestamp("received_at")), instant(rs.getTimestamp("due_at")),
                            rs.getString("handling_agency"), instant(rs.getTimestamp("resolved_at")),
                            instant(rs.getTimestamp("returned_at")), DossierStatus.valueOf(rs.getString("status")),
                            method == null ? null : ReturnMethod.valueOf(method));
                })
                .list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
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

    /** A dossier in an officer's queue. */
    record WorkLine(DossierCode code, String procedureCode, int procedureVersion, String agencyCode,
                    String handlingAgency, Channel channel, DossierStatus status, String step, String stepRole,
                    String assignee, String applicantName, Instant receivedAt, Instant dueAt, Instant stepDueAt) {
    }

    /** A line of the dossier book. */
    record BookLine(String code, String procedureCode, int procedureVersion, String applicantName, String address,
                    String phone, Instant receivedAt, Instant dueAt, String handlingAgency, Instant resolvedAt,
                    Instant returnedAt, DossierStatus status, ReturnMethod returnMethod) {
    }

    /** A paper of a dossier as stored. */
    record Paper(int position, String name, String fileName, String mediaType, long sizeBytes) {
    }

    /** One dossier in a list. */
    record Line(DossierCode code, String procedureCode, int procedureVersion, String agencyCode, Channel channel,
                DossierStatus status, String applicantName, Instant submittedAt, Instant dueAt) {
    }
}
