package vn.tinhso.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.platform.Refusal;
import vn.tinhso.procedure.Workflow;

/** Stores dossiers, their documents and their history; a save that lost a race is refused, never merged. */
@Repository
class Dossiers {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Dossiers(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A new dossier as filed; returns its id. */
    long insert(NewDossier d) {
        return jdbc.sql("""
                INSERT INTO dossier (code, procedure_code, procedure_version, agency_code, channel, status,
                    owner_account_id, applicant_name, applicant_id_number, applicant_phone, applicant_email,
                    applicant_address, submitted_at, received_at, due_at, registered_by, idempotency_key,
                    handling_agency, original_due_at)
                VALUES (:code, :procedure, :procedureVersion, :agency, :channel, :status, :owner, :name, :idNumber,
                    :phone, :email, :address, :submittedAt, :receivedAt, :dueAt, :registeredBy, :idempotencyKey,
                    :agency, :dueAt)
                RETURNING id
                """)
                .param("code", d.code().value()).param("procedure", d.procedureCode())
                .param("procedureVersion", d.procedureVersion()).param("agency", d.agencyCode())
                .param("channel", d.channel().portalCode()).param("status", d.status().name())
                .param("owner", d.ownerAccountId()).param("name", d.applicant().fullName().strip())
                .param("idNumber", d.applicant().identityNumber()).param("phone", blankToNull(d.applicant().phone()))
                .param("email", blankToNull(d.applicant().email())).param("address", blankToNull(d.applicant().address()))
                .param("submittedAt", timestamp(d.submittedAt())).param("receivedAt", timestamp(d.receivedAt()))
                .param("dueAt", timestamp(d.dueAt())).param("registeredBy", d.registeredBy())
                .param("idempotencyKey", d.idempotencyKey())
                .query(Long.class).single();
    }

    void addDocument(long dossierId, int position, String name, StoredFile file) {
        jdbc.sql("""
                INSERT INTO dossier_document (dossier_id, position, name, file_name, media_type, size_bytes, sha256)
                VALUES (:id, :position, :name, :fileName, :mediaType, :size, :sha256)
                """)
                .param("id", dossierId).param("position", position).param("name", name)
                .param("fileName", file.fileName()).param("mediaType", file.mediaType())
                .param("size", file.size()).param("sha256", file.sha256())
                .update();
    }

    int nextDocumentPosition(long dossierId) {
        return jdbc.sql("SELECT coalesce(max(position), -1) + 1 FROM dossier_document WHERE dossier_id = :id")
                .param("id", dossierId).query(Integer.class).single();
    }

    Optional<Dossier> find(DossierCode code) {
        return jdbc.sql("SELECT * FROM dossier WHERE code = :code").param("code", code.value())
                .query(Dossiers::dossier).optional();
    }

    /** The dossier an earlier submission of this owner filed with the same idempotency key. */
    Optional<Dossier> findByIdempotencyKey(long ownerAccountId, String key) {
        return jdbc.sql("SELECT * FROM dossier WHERE owner_account_id = :owner AND idempotency_key = :key")
                .param("owner", ownerAccountId).param("key", key).query(Dossiers::dossier).optional();
    }

    /** Writes the dossier's new state and history and publishes its events; refused if someone saved first. */
    void save(Dossier dossier) {
        Progress p = dossier.progress();
        int updated = jdbc.sql("""
                UPDATE dossier SET status = :status, received_at = :receivedAt, due_at = :dueAt, step = :step,
                    handling_agency = :handlingAgency, step_role = :stepRole, step_due_at = :stepDueAt,
                    assignee = :assignee,
                    paused_at = :pausedAt, paused_status = :pausedStatus, paused_minutes = :pausedMinutes,
                    supplement_count = :supplementCount, original_due_at = :originalDueAt,
                    extension_count = :extensionCount, resolved_at = :resolvedAt, returned_at = :returnedAt,
                    return_method = :returnMethod, closed_at = :closedAt, version = version + 1
                WHERE id = :id AND version = :version
                """)
                .param("status", dossier.status().name()).param("receivedAt", timestamp(dossier.receivedAt()))
                .param("dueAt", timestamp(dossier.dueAt())).param("step", p.step())
                .param("handlingAgency", p.handlingAgency()).param("stepRole", p.stepRole())
                .param("stepDueAt", timestamp(p.stepDueAt()))
                .param("assignee", p.assignee()).param("pausedAt", timestamp(p.pausedAt()))
                .param("pausedStatus", p.pausedStatus() == null ? null : p.pausedStatus().name())
                .param("pausedMinutes", (int) p.pausedMinutes()).param("supplementCount", p.supplementCount())
                .param("originalDueAt", timestamp(p.originalDueAt())).param("extensionCount", p.extensionCount())
                .param("resolvedAt", timestamp(p.resolvedAt())).param("returnedAt", timestamp(p.returnedAt()))
                .param("returnMethod", p.returnMethod() == null ? null : p.returnMethod().name())
                .param("closedAt", timestamp(p.closedAt()))
                .param("id", dossier.id).param("version", dossier.version())
                .update();
        if (updated == 0) {
            throw new Refusal(HttpStatus.CONFLICT, "dossier.changed-meanwhile", dossier.code.value());
        }
        dossier.stepChanges().forEach(change -> recordStep(dossier.id, change));
        dossier.history().forEach(line -> record(dossier.id, line));
        dossier.events().forEach(events::publishEvent);
    }

    /** A dossier received at once (at the desk) starts at the first step of its workflow. */
    void start(long dossierId, Workflow.Step first, String receivingAgency, Instant at, String actor, Instant stepDue) {
        String agency = first.agencyCode().isBlank() ? receivingAgency : first.agencyCode();
        jdbc.sql("""
                UPDATE dossier SET step = :step, handling_agency = :agency, step_role = :role, step_due_at = :due
                WHERE id = :id
                """)
                .param("step", first.state()).param("agency", agency).param("role", first.role())
                .param("due", timestamp(stepDue)).param("id", dossierId).update();
        recordStep(dossierId, new Dossier.StepChange(first.state(), agency, at, actor, stepDue, null));
    }

    /** Opens a row of the process control slip when a step is entered, closes it when the step is left. */
    void recordStep(long dossierId, Dossier.StepChange change) {
        if (change.step() != null) {
            jdbc.sql("""
                    INSERT INTO dossier_step (dossier_id, step, agency_code, entered_at, entered_by, due_at)
                    VALUES (:id, :step, :agency, :at, :actor, :due)
                    """)
                    .param("id", dossierId).param("step", change.step()).param("agency", change.agencyCode())
                    .param("at", timestamp(change.at())).param("actor", change.actor())
                    .param("due", timestamp(change.dueAt())).update();
        } else {
            jdbc.sql("""
                    UPDATE dossier_step SET left_at = :at, left_by = :actor, action = :action
                    WHERE dossier_id = :id AND left_at IS NULL
                    """)
                    .param("id", dossierId).param("at", timestamp(change.at())).param("actor", change.actor())
                    .param("action", change.action()).update();
        }
    }

    /** The steps a dossier went through, oldest first (form 06). */
    List<StepRow> steps(long dossierId) {
        return jdbc.sql("""
                SELECT step, agency_code, entered_at, entered_by, due_at, left_at, left_by, action
                FROM dossier_step WHERE dossier_id = :id ORDER BY id
                """)
                .param("id", dossierId)
                .query((rs, row) -> new StepRow(rs.getString("step"), rs.getString("agency_code"),
                        instant(rs, "entered_at"), rs.getString("entered_by"), instant(rs, "due_at"),
                        instant(rs, "left_at"), rs.getString("left_by"), rs.getString("action")))
                .list();
    }

    void record(long dossierId, Dossier.HistoryLine line) {
        jdbc.sql("""
                INSERT INTO dossier_event (dossier_id, at, actor, type, from_status, to_status, note)
                VALUES (:id, now(), :actor, :type, :from, :to, :note)
                """)
                .param("id", dossierId).param("actor", line.actor()).param("type", line.type())
                .param("from", line.from() == null ? null : line.from().name()).param("to", line.to().name())
                .param("note", line.note() == null ? "" : line.note())
                .update();
    }

    List<HistoryEntry> history(long dossierId) {
        return jdbc.sql("SELECT at, actor, type, to_status, note FROM dossier_event WHERE dossier_id = :id ORDER BY id")
                .param("id", dossierId)
                .query((rs, row) -> new HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("type"), DossierStatus.valueOf(rs.getString("to_status")), rs.getString("note")))
                .list();
    }

    /** The papers filed with a dossier that came with a file, by their position in the procedure's list. */
    List<FiledDocument> documents(long dossierId) {
        return jdbc.sql("SELECT position, name, file_name FROM dossier_document WHERE dossier_id = :id ORDER BY position")
                .param("id", dossierId)
                .query((rs, row) -> new FiledDocument(rs.getInt("position"), rs.getString("name"),
                        rs.getString("file_name")))
                .list();
    }

    private static Dossier dossier(ResultSet rs, int row) throws SQLException {
        var applicant = new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
                rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address"));
        long owner = rs.getLong("owner_account_id");
        return new Dossier(rs.getLong("id"), new DossierCode(rs.getString("code")), rs.getString("procedure_code"),
                rs.getInt("procedure_version"), rs.getString("agency_code"), Channel.ofPortalCode(rs.getInt("channel")),
                rs.wasNull() ? null : owner, applicant, instant(rs, "submitted_at"),
                DossierStatus.valueOf(rs.getString("status")), instant(rs, "received_at"), instant(rs, "due_at"),
                rs.getInt("version"), progress(rs));
    }

    private static Progress progress(ResultSet rs) throws SQLException {
        String pausedStatus = rs.getString("paused_status");
        String returnMethod = rs.getString("return_method");
        return new Progress(rs.getString("step"), rs.getString("handling_agency"), rs.getString("step_role"),
                instant(rs, "step_due_at"),
                rs.getString("assignee"), instant(rs, "paused_at"),
                pausedStatus == null ? null : DossierStatus.valueOf(pausedStatus), rs.getInt("paused_minutes"),
                rs.getInt("supplement_count"), instant(rs, "original_due_at"), rs.getInt("extension_count"),
                instant(rs, "resolved_at"), instant(rs, "returned_at"),
                returnMethod == null ? null : ReturnMethod.valueOf(returnMethod), instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A line of a dossier's history as shown to people. */
    record HistoryEntry(Instant at, String actor, String type, DossierStatus status, String note) {
    }

    /** A step of the process control slip: who had the dossier, until when, and how it left. */
    record StepRow(String step, String agencyCode, Instant enteredAt, String enteredBy, Instant dueAt, Instant leftAt,
                   String leftBy, String action) {
    }

    /** A paper of a dossier and the name of the file given for it. */
    record FiledDocument(int position, String name, String fileName) {
    }
}
