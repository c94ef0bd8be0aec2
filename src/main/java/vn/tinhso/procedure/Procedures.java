package vn.tinhso.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.organization.WorkingCalendar;

/**
 * The catalogue of procedures: what a procedure says today or on any day, its versions, and recording new
 * versions (one by one from the editor, or many at once from an import, all or nothing).
 */
@Service
public class Procedures {

    private final ProcedureVersions versions;
    private final ProcedureRules rules;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Procedures(ProcedureVersions versions, ProcedureRules rules, JdbcClient jdbc, AuditLog audit,
               ApplicationEventPublisher events) {
        this.versions = versions;
        this.rules = rules;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** The version in force today (Vietnam's date), abolished or not. */
    public Optional<Procedure> current(ProcedureCode code) {
        return versions.inForce(code, LocalDate.now(WorkingCalendar.ZONE));
    }

    /** The version that was in force on a day, e.g. the day a dossier was received. */
    public Optional<Procedure> asOf(ProcedureCode code, LocalDate day) {
        return versions.inForce(code, day);
    }

    /** One recorded version, e.g. the one a dossier was filed under. */
    public Optional<Procedure> version(ProcedureCode code, int version) {
        return versions.version(code, version);
    }

    /** Every version of a procedure, newest first. */
    public List<Procedure> history(ProcedureCode code) {
        return versions.history(code);
    }

    /** Every procedure offered today (not abolished), by code. */
    public List<Procedure> offeredToday() {
        return versions.inForceToday();
    }

    /** The fields (lĩnh vực), by name. */
    public List<Field> fields() {
        return jdbc.sql("SELECT code, name FROM procedure_field ORDER BY name").query(Field.class).list();
    }

    /** Adds fields that are not there yet; a field's name is not changed once recorded. */
    @Transactional
    public void addFields(List<Field> fields) {
        fields.forEach(field -> jdbc.sql("INSERT INTO procedure_field (code, name) VALUES (:code, :name) ON CONFLICT DO NOTHING")
                .param("code", field.code()).param("name", field.name()).update());
    }

    /** What is wrong with a publication, without recording anything; empty when it may be published. */
    public List<Violation> check(Publication publication) {
        return rules.check(publication, fieldCodes());
    }

    /**
     * Records a new version.
     *
     * @throws InvalidProcedure listing every problem, when there is any; nothing is recorded then
     */
    @Transactional
    public Procedure publish(Publication publication, String actor) {
        publishAll(List.of(publication), actor);
        return versions.history(publication.code()).get(0);
    }

    /**
     * Records many versions in one transaction: all of them, or none if any has a problem.
     *
     * @return the number of versions recorded
     * @throws InvalidProcedure listing every problem of every publication (by its position in the list)
     */
    @Transactional
    public int publishAll(List<Publication> publications, String actor) {
        Set<String> fields = fieldCodes();
        var agencyCheck = new HashMap<String, String>();
        var problems = new ArrayList<InvalidProcedure.Problem>();
        for (int i = 0; i < publications.size(); i++) {
            for (Violation violation : rules.check(publications.get(i), fields, agencyCheck)) {
                problems.add(new InvalidProcedure.Problem(i, violation));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProcedure(problems);
        }
        for (Publication publication : publications) {
            versions.lock(publication.code());
            int version = versions.append(publication, actor);
            events.publishEvent(new ProcedurePublished(publication.code(), version, publication.validFrom()));
        }
        audit.record(actor, "procedure.published", publications.size() == 1 ? publications.get(0).code().value()
                : publications.size() + " procedures", "");
        return publications.size();
    }

    private Set<String> fieldCodes() {
        return jdbc.sql("SELECT code FROM procedure_field").query(String.class).set();
    }
}
