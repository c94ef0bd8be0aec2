package vn.tinhso.procedure.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import vn.tinhso.procedure.Field;
import vn.tinhso.procedure.Publication;
import vn.tinhso.procedure.Violation;

/**
 * A file as read, before anything is checked against the catalogue or recorded.
 *
 * @param fields the fields the file names (code and name), to be added if missing
 * @param entries the publications that could be built, each with where it came from
 * @param problems what could not be read
 */
record Draft(List<Field> fields, List<Entry> entries, List<Problem> problems) {

    Draft {
        fields = List.copyOf(fields);
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** Two entries for the same procedure and day: the later one is a problem, naming the row of the first. */
    static List<Problem> duplicates(List<Entry> entries) {
        var first = new HashMap<String, Entry>();
        var problems = new ArrayList<Problem>();
        for (Entry entry : entries) {
            Publication publication = entry.publication();
            if (publication.validFrom() == null) {
                continue;
            }
            Entry earlier = first.putIfAbsent(publication.code() + "@" + publication.validFrom(), entry);
            if (earlier != null) {
                problems.add(entry.origin().locate(new Violation("validFrom", "exchange.duplicate", publication.code().value(),
                        RowCells.DATE.format(publication.validFrom()), earlier.origin().row())));
            }
        }
        return problems;
    }

    /** A publication and where it came from. */
    record Entry(Publication publication, Origin origin) {
    }
}
