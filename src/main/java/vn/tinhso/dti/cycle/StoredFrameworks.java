package vn.tinhso.dti.cycle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.dti.scoring.Framework;
import vn.tinhso.dti.scoring.Frameworks;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * Framework versions kept in the database as the engine's JSON document, one row per code and version. A stored
 * version never changes (periods are scored with it), so each is read once and kept in memory.
 */
@Repository
public class StoredFrameworks {

    private final JdbcClient jdbc;
    private final Map<Long, Framework> read = new ConcurrentHashMap<>();

    StoredFrameworks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored version: by level, code, then newest version first. */
    public List<StoredFramework> all() {
        return jdbc.sql("""
                SELECT id, document::text AS document, imported_by, imported_at FROM dti_framework
                ORDER BY level, code, version DESC
                """)
                .query(this::stored).list();
    }

    public Optional<StoredFramework> find(long id) {
        return jdbc.sql("SELECT id, document::text AS document, imported_by, imported_at FROM dti_framework WHERE id = :id")
                .param("id", id).query(this::stored).optional();
    }

    /** The version, or a 404. */
    public StoredFramework get(long id) {
        return find(id).orElseThrow(() -> new NotFound("bộ chỉ số DTI", id));
    }

    /** The newest stored version of a code. */
    public Optional<StoredFramework> latest(String code) {
        return jdbc.sql("""
                SELECT id, document::text AS document, imported_by, imported_at FROM dti_framework
                WHERE code = :code ORDER BY version DESC LIMIT 1
                """)
                .param("code", code).query(this::stored).optional();
    }

    boolean exists(String code, int version) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM dti_framework WHERE code = :code AND version = :version)")
                .param("code", code).param("version", version).query(Boolean.class).single();
    }

    /** Stores a valid framework as a new version; a code and version already stored is a conflict. */
    StoredFramework store(Framework framework, String by, Instant at) {
        if (exists(framework.code(), framework.version())) {
            throw new Refusal(HttpStatus.CONFLICT, "dti.framework.version-exists", framework.code(),
                    String.valueOf(framework.version()));
        }
        long id = jdbc.sql("""
                INSERT INTO dti_framework (code, version, level, name, effective_from, effective_to, illustrative,
                                           document, imported_by, imported_at)
                VALUES (:code, :version, :level, :name, :from, :to, :illustrative, CAST(:document AS jsonb), :by, :at)
                RETURNING id
                """)
                .param("code", framework.code()).param("version", framework.version())
                .param("level", framework.level().name()).param("name", framework.name())
                .param("from", framework.effectiveFrom()).param("to", framework.effectiveTo())
                .param("illustrative", framework.illustrative()).param("document", json(framework))
                .param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).single();
        return get(id);
    }

    static String json(Framework framework) {
        var out = new ByteArrayOutputStream();
        Frameworks.writeJson(framework, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private StoredFramework stored(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String document = rs.getString("document");
        Framework framework = read.computeIfAbsent(id, key ->
                Frameworks.readJson(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
        return new StoredFramework(id, framework, rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant());
    }
}
