package vn.tinhso.dti.scoring;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.dti.scoring.FrameworkProblem.Where;

/** A framework as JSON: the records as they are, rules tagged by {@code type} (YES_NO, RATIO, …). */
final class FrameworkJson {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private FrameworkJson() {
    }

    /** The framework as written, not yet validated; a file that is no such JSON is refused with its location. */
    static Framework read(InputStream in) {
        try {
            Framework framework = JSON.readValue(in, Framework.class);
            if (framework == null) {
                throw unreadable(null, "null");
            }
            return framework;
        } catch (JacksonException unreadable) {
            throw unreadable(unreadable.getLocation(), unreadable.getOriginalMessage());
        }
    }

    static void write(Framework framework, OutputStream out) {
        JSON.writeValue(out, framework);
    }

    private static InvalidFramework unreadable(TokenStreamLocation where, String detail) {
        int line = where == null ? 0 : where.getLineNr();
        int column = where == null ? 0 : where.getColumnNr();
        return new InvalidFramework(List.of(FrameworkProblem.of(Where.of("dti.scoring.at.json", line, column),
                "dti.scoring.file.json-unreadable", detail)));
    }
}
