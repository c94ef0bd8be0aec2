package vn.tinhso.procedure.exchange;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.platform.Refusal;
import vn.tinhso.procedure.CatalogueDocument;
import vn.tinhso.procedure.Publication;

/** Reads a {@link CatalogueDocument} into a {@link Draft}; a document of another format is refused as a whole. */
@Component
class JsonReading {

    private final JsonMapper json;

    JsonReading(JsonMapper json) {
        this.json = json;
    }

    Draft read(InputStream in) {
        CatalogueDocument document = parse(in);
        if (!CatalogueDocument.FORMAT.equals(document.format())) {
            throw Refusal.of("exchange.json.format", String.valueOf(document.format()), CatalogueDocument.FORMAT);
        }
        var problems = new ArrayList<Problem>();
        var entries = new ArrayList<Draft.Entry>();
        List<Publication> publications = document.procedures();
        for (int i = 0; i < publications.size(); i++) {
            Publication publication = publications.get(i);
            if (publication == null || publication.code() == null) {
                problems.add(Problem.of(JsonOrigin.SHEET, i + 1, "code", "NotNull"));
            } else if (publication.validFrom() == null || publication.details() == null) {
                problems.add(Problem.of(JsonOrigin.SHEET, i + 1, publication.validFrom() == null ? "validFrom" : "details",
                        "NotNull"));
            } else {
                entries.add(new Draft.Entry(publication, new JsonOrigin(i + 1)));
            }
        }
        problems.addAll(Draft.duplicates(entries));
        var fields = document.fields().stream().filter(field -> field != null && field.code() != null
                && field.name() != null && !field.name().isBlank()).toList();
        return new Draft(fields, entries, problems);
    }

    private CatalogueDocument parse(InputStream in) {
        try {
            CatalogueDocument document = json.readValue(in, CatalogueDocument.class);
            if (document == null) {
                throw Refusal.of("exchange.json.format", "null", CatalogueDocument.FORMAT);
            }
            return document;
        } catch (JacksonException unreadable) {
            TokenStreamLocation where = unreadable.getLocation();
            throw Refusal.of("exchange.json.unreadable", where == null ? 0 : where.getLineNr(),
                    where == null ? 0 : where.getColumnNr());
        }
    }
}
