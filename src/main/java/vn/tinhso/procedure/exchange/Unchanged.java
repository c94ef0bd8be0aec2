package vn.tinhso.procedure.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import vn.tinhso.procedure.Fee;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.ProcedureDetails;
import vn.tinhso.procedure.Publication;
import vn.tinhso.procedure.RequiredDocument;

/**
 * Tells the rows of an import that would change the catalogue from those that say exactly what is already in
 * force on their day (in the database, or in an earlier row of the same file), which are skipped: importing the
 * same file twice, or an export, records nothing new.
 */
final class Unchanged {

    private Unchanged() {
    }

    /**
     * Splits the entries, ordered by code and day, into changes (to record, in that order) and unchanged ones.
     *
     * @param inForce the version in force on a day, from the catalogue
     */
    static Split split(List<Draft.Entry> entries, BiFunction<ProcedureCode, LocalDate, Optional<Procedure>> inForce) {
        var ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing((Draft.Entry entry) -> entry.publication().code().value())
                .thenComparing(entry -> entry.publication().validFrom()));
        var changes = new ArrayList<Draft.Entry>();
        var unchanged = new ArrayList<Draft.Entry>();
        Map<ProcedureCode, Publication> previousInFile = new HashMap<>();
        for (Draft.Entry entry : ordered) {
            Publication publication = entry.publication();
            Optional<ProcedureDetails> before = before(publication, previousInFile.get(publication.code()), inForce);
            (before.isPresent() && same(before.get(), publication.details()) ? unchanged : changes).add(entry);
            previousInFile.put(publication.code(), publication);
        }
        return new Split(changes, unchanged);
    }

    /** What is in force on the publication's day just before it is recorded: the later of the file and the catalogue. */
    private static Optional<ProcedureDetails> before(Publication publication, Publication previousInFile,
                                                     BiFunction<ProcedureCode, LocalDate, Optional<Procedure>> inForce) {
        Optional<Procedure> recorded = inForce.apply(publication.code(), publication.validFrom());
        if (previousInFile != null && (recorded.isEmpty() || !previousInFile.validFrom().isBefore(recorded.get().validFrom()))) {
            return Optional.of(previousInFile.details());
        }
        return recorded.map(Procedure::details);
    }

    /** Equal once the differences storage makes (surrounding spaces, empty versus missing texts) are ignored. */
    static boolean same(ProcedureDetails a, ProcedureDetails b) {
        return normal(a).equals(normal(b));
    }

    private static ProcedureDetails normal(ProcedureDetails d) {
        return new ProcedureDetails(text(d.name()), d.fieldCode(), d.level(), d.agencyCodes(), d.applicants(),
                d.processingTime(), d.cutoffTime(), d.onlineLevel(), d.onNationalPortal(), text(d.legalBasis()),
                d.documents().stream().map(p -> new RequiredDocument(text(p.name()), p.originals(), p.copies(),
                        p.required(), text(p.condition()), text(p.template()))).toList(),
                d.fees().stream().map(f -> new Fee(text(f.code()), f.kind(), text(f.name()), f.amount(),
                        text(f.collector()))).toList(),
                d.result(), d.workflow(), d.abolished());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** Entries to record and entries skipped as identical. */
    record Split(List<Draft.Entry> changes, List<Draft.Entry> unchanged) {
    }
}
