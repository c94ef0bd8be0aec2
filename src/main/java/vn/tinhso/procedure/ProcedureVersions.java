package vn.tinhso.procedure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the rows of {@code procedure_version}; lists and JSON columns are mapped here only. */
@Repository
class ProcedureVersions {

    private static final TypeReference<List<RequiredDocument>> DOCUMENTS = new TypeReference<>() { };
    private static final TypeReference<List<Fee>> FEES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<VersionKey, Procedure> recorded = new ConcurrentHashMap<>();

    ProcedureVersions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The version in force on a day: one light query for its number, the version itself from the cache. */
    Optional<Procedure> inForce(ProcedureCode code, LocalDate day) {
        return jdbc.sql("""
                SELECT version FROM procedure_version WHERE code = :code AND valid_from <= :day
                ORDER BY valid_from DESC, version DESC LIMIT 1
                """).param("code", code.value()).param("day", day).query(Integer.class).optional()
                .flatMap(version -> version(code, version));
    }

    /** A recorded version never changes, so it is read from the database once. */
    Optional<Procedure> version(ProcedureCode code, int version) {
        var key = new VersionKey(code.value(), version);
        Procedure cached = recorded.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Procedure> loaded = jdbc.sql("SELECT * FROM procedure_version WHERE code = :code AND version = :version")
                .param("code", code.value()).param("version", version).query(this::procedure).optional();
        loaded.ifPresent(procedure -> recorded.put(key, procedure));
        return loaded;
    }

    List<Procedure> history(ProcedureCode code) {
        return jdbc.sql("SELECT * FROM procedure_version WHERE code = :code ORDER BY version DESC")
                .param("code", code.value()).query(this::procedure).list();
    }

    /** Every procedure's version in force today, abolished ones excluded, ordered by code. */
    List<Procedure> inForceToday() {
        return jdbc.sql("SELECT * FROM procedure_in_force WHERE NOT abolished ORDER BY code")
                .query(this::procedure).list();
    }

    /** Appends the next version of a procedure; the caller holds the procedure's lock. */
    int append(Publication publication, String actor) {
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM procedure_version WHERE code = :code")
                .param("code", publication.code().value()).query(Integer.class).single();
        ProcedureDetails d = publication.details();
        jdbc.sql("""
                INSERT INTO procedure_version (code, version, valid_from, name, field_code, level, agency_codes,
                    applicants, processing_amount, processing_unit, cutoff_time, online_level, on_national_portal,
                    legal_basis, documents, fees, total_fees, result, workflow, abolished, recorded_by)
                VALUES (:code, :version, :validFrom, :name, :field, :level, :agencies, :applicants, :amount, :unit,
                    :cutoff, :online, :portal, :legalBasis, CAST(:documents AS jsonb), CAST(:fees AS jsonb), :totalFees,
                    CAST(:result AS jsonb), CAST(:workflow AS jsonb), :abolished, :actor)
                """)
                .param("code", publication.code().value()).param("version", version)
                .param("validFrom", publication.validFrom()).param("name", d.name().strip())
                .param("field", d.fieldCode()).param("level", d.level().name())
                .param("agencies", d.agencyCodes().toArray(String[]::new))
                .param("applicants", d.applicants().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("amount", d.processingTime().amount()).param("unit", d.processingTime().unit().name())
                .param("cutoff", d.cutoffTime()).param("online", d.onlineLevel().name())
                .param("portal", d.onNationalPortal()).param("legalBasis", d.legalBasis())
                .param("documents", json.writeValueAsString(d.documents()))
                .param("fees", json.writeValueAsString(d.fees())).param("totalFees", d.totalFees())
                .param("result", json.writeValueAsString(d.result()))
                .param("workflow", json.writeValueAsString(d.workflow()))
                .param("abolished", d.abolished()).param("actor", actor)
                .update();
        return version;
    }

    void lock(ProcedureCode code) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('procedure:' || :code))").param("code", code.value())
                .query().singleRow();
    }

    Procedure procedure(ResultSet rs, int row) throws SQLException {
        LocalTime cutoff = rs.getObject("cutoff_time", LocalTime.class);
        var details = new ProcedureDetails(rs.getString("name"), rs.getString("field_code"),
                ProcedureLevel.valueOf(rs.getString("level")), strings(rs.getArray("agency_codes")),
                applicants(rs.getArray("applicants")),
                new ProcessingTime(rs.getInt("processing_amount"), ProcessingTime.Unit.valueOf(rs.getString("processing_unit"))),
                cutoff, OnlineLevel.valueOf(rs.getString("online_level")), rs.getBoolean("on_national_portal"),
                rs.getString("legal_basis"), json.readValue(rs.getString("documents"), DOCUMENTS),
                json.readValue(rs.getString("fees"), FEES), json.readValue(rs.getString("result"), Result.class),
                json.readValue(rs.getString("workflow"), Workflow.class), rs.getBoolean("abolished"));
        return new Procedure(new ProcedureCode(rs.getString("code")), rs.getInt("version"),
                rs.getObject("valid_from", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"), details);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static Set<Applicant> applicants(Array array) throws SQLException {
        var applicants = EnumSet.noneOf(Applicant.class);
        for (String name : (String[]) array.getArray()) {
            applicants.add(Applicant.valueOf(name));
        }
        return applicants;
    }

    private record VersionKey(String code, int version) {
    }
}
