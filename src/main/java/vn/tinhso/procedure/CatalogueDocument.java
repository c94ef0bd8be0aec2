package vn.tinhso.procedure;

import java.util.List;

/**
 * A catalogue as a JSON document: the exchange format of imports, exports and the demo catalogue.
 * <pre>
 * {"format": "tinhso-procedures/1",
 *  "fields": [{"code": "HT", "name": "Hộ tịch"}],
 *  "procedures": [{"code": "1.001193", "validFrom": "2025-07-01", "details": { ... ProcedureDetails ... }}]}
 * </pre>
 *
 * @param format always {@link #FORMAT}
 * @param fields the fields the procedures refer to
 * @param procedures one entry per version
 */
public record CatalogueDocument(String format, List<Field> fields, List<Publication> procedures) {

    public static final String FORMAT = "tinhso-procedures/1";

    public CatalogueDocument {
        fields = fields == null ? List.of() : List.copyOf(fields);
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
    }
}
