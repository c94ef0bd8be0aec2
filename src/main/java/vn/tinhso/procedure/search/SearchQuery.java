package vn.tinhso.procedure.search;

import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcedureLevel;

/**
 * A search of the procedures offered today.
 *
 * @param text what the citizen typed; empty lists every procedure by name
 * @param field a field code, empty for any
 * @param level the level of government, null for any
 * @param online the online level, null for any
 * @param agency an agency identifier code, empty for any
 * @param page from 1
 * @param size results per page, 1 to {@value #MAX_SIZE}
 */
record SearchQuery(String text, String field, ProcedureLevel level, OnlineLevel online, String agency, int page,
                   int size) {

    static final int MAX_SIZE = 100;
    static final int MAX_TEXT = 200;

    SearchQuery {
        text = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        field = field == null ? "" : field.strip();
        agency = agency == null ? "" : agency.strip();
        page = Math.max(page, 1);
        size = Math.min(Math.max(size, 1), MAX_SIZE);
    }

    static SearchQuery of(String text, int size) {
        return new SearchQuery(text, "", null, null, "", 1, size);
    }

    int offset() {
        return (page - 1) * size;
    }
}
