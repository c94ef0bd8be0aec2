package vn.tinhso.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.platform.TinhsoProperties;

/**
 * Publishes the demo catalogue ({@code procedure/demo-catalogue.json}, about forty real procedures of Hải Phòng
 * after 01/07/2025) into an empty catalogue when demo data is enabled. Runs after the demo agencies (order 11),
 * because every procedure names the agencies that implement it.
 * <p>
 * A file that does not satisfy the catalogue's rules stops the start-up, with every problem listed: a demo that
 * silently shows fewer procedures than it should would hide the mistake.
 */
@Component
@Order(30)
class DemoCatalogue implements ApplicationRunner {

    static final String LOCATION = "procedure/demo-catalogue.json";

    /** Demo agencies are only loaded into an empty agency table, so agencies added later miss in older databases. */
    private static final String UNKNOWN_AGENCY_HINT = "An unknown agency in a database created earlier means the "
            + "database predates that agency in organization/demo-agencies.csv: start with a fresh data directory, "
            + "or set tinhso.demo.enabled=false.";

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

    private final Procedures procedures;
    private final JsonMapper json;
    private final boolean enabled;

    DemoCatalogue(Procedures procedures, JsonMapper json, TinhsoProperties properties) {
        this.procedures = procedures;
        this.json = json;
        this.enabled = properties.demo().enabled();
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        if (!enabled || !procedures.offeredToday().isEmpty()) {
            return;
        }
        CatalogueDocument document = read(json);
        procedures.addFields(document.fields());
        try {
            int count = procedures.publishAll(document.procedures(), AuditLog.SYSTEM);
            log.info("Published {} demo procedures in {} fields", count, document.fields().size());
        } catch (InvalidProcedure invalid) {
            throw new IllegalStateException(describe(invalid, document.procedures()), invalid);
        }
    }

    /**
     * The demo catalogue, read strictly: a misspelt or missing property is an error rather than a default value,
     * so the file stays exactly what Jackson writes for {@link CatalogueDocument}.
     */
    static CatalogueDocument read(JsonMapper json) throws IOException {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            CatalogueDocument document = json.readerFor(CatalogueDocument.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                            DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(in);
            if (!CatalogueDocument.FORMAT.equals(document.format())) {
                throw new IllegalStateException(LOCATION + ": format is '" + document.format() + "', expected '"
                        + CatalogueDocument.FORMAT + "'");
            }
            return document;
        }
    }

    private static String describe(InvalidProcedure invalid, List<Publication> publications) {
        return invalid.problems().stream()
                .map(problem -> "  #%d %s: %s %s %s".formatted(problem.index(),
                        publications.get(problem.index()).code(), problem.violation().path(),
                        problem.violation().messageKey(), problem.violation().arguments()))
                .collect(Collectors.joining("\n", LOCATION + " has " + invalid.problems().size()
                        + " problem(s); nothing was published:\n", "\n" + UNKNOWN_AGENCY_HINT));
    }
}
