package vn.tinhso.procedure.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.procedure.InvalidProcedure;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.Violation;

/**
 * Checks a draft against the catalogue and records it, in one transaction: the file's fields are added, then the
 * changed versions are published in batches (each batch checked by {@link Procedures#publishAll} with the rules
 * every entry point uses, so a row is checked once, and the page sees progress). Any problem, from reading or from
 * the rules, rolls the whole transaction back, fields included; every row is still checked, so that the user
 * gets every problem at once.
 */
@Component
class CatalogueImport {

    private static final Map<String, Integer> SHEET_ORDER = Map.of(ProcedureColumn.SHEET, 0, DocumentColumn.SHEET, 1,
            FeeColumn.SHEET, 2);
    private static final int BATCHES = 10;
    private static final int SMALLEST_BATCH = 100;

    private final Procedures procedures;
    private final TransactionTemplate transactions;

    CatalogueImport(Procedures procedures, TransactionTemplate transactions) {
        this.procedures = procedures;
        this.transactions = transactions;
    }

    Outcome run(Draft draft, String actor, ImportJob job) {
        job.checking(draft.entries().size());
        return transactions.execute(status -> {
            procedures.addFields(draft.fields());
            var problems = new Problems(draft.problems());
            if (!draft.problems().isEmpty()) {
                draft.entries().forEach(entry -> check(entry, problems, job));
                status.setRollbackOnly();
                return Outcome.invalid(problems.sorted());
            }
            Unchanged.Split split = Unchanged.split(draft.entries(), procedures::asOf);
            job.advance(split.unchanged().size());
            job.saving();
            List<Draft.Entry> changes = split.changes();
            int size = Math.max(SMALLEST_BATCH, changes.size() / BATCHES + 1);
            for (int from = 0; from < changes.size(); from += size) {
                publish(changes.subList(from, Math.min(changes.size(), from + size)), actor, problems, job);
            }
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
                return Outcome.invalid(problems.sorted());
            }
            return Outcome.imported(changes.size(), split.unchanged().size());
        });
    }

    /** Publishes a batch while the file is clean; once it is not, only checks, since nothing will be recorded. */
    private void publish(List<Draft.Entry> batch, String actor, Problems problems, ImportJob job) {
        if (!problems.isEmpty()) {
            batch.forEach(entry -> check(entry, problems, job));
            return;
        }
        try {
            procedures.publishAll(batch.stream().map(Draft.Entry::publication).toList(), actor);
        } catch (InvalidProcedure invalid) {
            invalid.problems().forEach(problem -> problems.add(batch.get(problem.index()).origin().locate(problem.violation())));
        }
        job.advance(batch.size());
    }

    private void check(Draft.Entry entry, Problems problems, ImportJob job) {
        for (Violation violation : procedures.check(entry.publication())) {
            problems.add(entry.origin().locate(violation));
        }
        job.advance(1);
    }

    /**
     * The problems found so far. A violation is left out where reading already found that cell unreadable (an
     * unknown label also leaves the value missing), and where the same problem is known (a document row shared by
     * several versions).
     */
    private static final class Problems {

        private final List<Problem> all;
        private final Set<String> unreadable = new HashSet<>();
        private final Set<Problem> seen = new HashSet<>();

        Problems(List<Problem> reading) {
            all = new ArrayList<>(reading);
            reading.forEach(problem -> unreadable.add(problem.sheet() + "\u0000" + problem.row() + "\u0000" + problem.column()));
        }

        void add(Problem problem) {
            if (!unreadable.contains(problem.sheet() + "\u0000" + problem.row() + "\u0000" + problem.column())
                    && seen.add(problem)) {
                all.add(problem);
            }
        }

        boolean isEmpty() {
            return all.isEmpty();
        }

        /** By sheet (procedures, documents, fees), then by row; the order of discovery within a row. */
        List<Problem> sorted() {
            var sorted = new ArrayList<>(all);
            sorted.sort(Comparator.comparingInt((Problem problem) -> SHEET_ORDER.getOrDefault(problem.sheet(), 3))
                    .thenComparingInt(Problem::row));
            return sorted;
        }
    }
}
