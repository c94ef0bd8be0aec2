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
 * Checks a draft against the catalogue and records it, in one transaction: the file's fields are added, every
 * row is checked with the rules every entry point uses, and only when no problem is left are the changed versions
 * published, all together. Otherwise the transaction is rolled back, and the fields go with it.
 */
@Component
class CatalogueImport {

    private static final Map<String, Integer> SHEET_ORDER = Map.of(ProcedureColumn.SHEET, 0, DocumentColumn.SHEET, 1,
            FeeColumn.SHEET, 2);

    private final Procedures procedures;
    private final TransactionTemplate transactions;

    CatalogueImport(Procedures procedures, TransactionTemplate transactions) {
        this.procedures = procedures;
        this.transactions = transactions;
    }

    Outcome run(Draft draft, String actor, ImportJob job) {
        return transactions.execute(status -> {
            procedures.addFields(draft.fields());
            List<Problem> problems = checked(draft, job);
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
                return Outcome.invalid(problems);
            }
            job.saving();
            Unchanged.Split split = Unchanged.split(draft.entries(), procedures::asOf);
            List<Draft.Entry> changes = split.changes();
            try {
                if (!changes.isEmpty()) {
                    procedures.publishAll(changes.stream().map(Draft.Entry::publication).toList(), actor);
                }
            } catch (InvalidProcedure changedMeanwhile) { // e.g. an agency was closed while the file was checked
                status.setRollbackOnly();
                return Outcome.invalid(changedMeanwhile.problems().stream()
                        .map(problem -> changes.get(problem.index()).origin().locate(problem.violation())).toList());
            }
            return Outcome.imported(changes.size(), split.unchanged().size());
        });
    }

    /**
     * The reading problems plus every violation of every row, at the cell it came from; a violation is left out
     * where reading already found that cell unreadable (an unknown label also makes the value missing).
     */
    private List<Problem> checked(Draft draft, ImportJob job) {
        var problems = new ArrayList<>(draft.problems());
        Set<String> unreadable = new HashSet<>();
        draft.problems().forEach(problem -> unreadable.add(cell(problem)));
        var seen = new HashSet<Problem>();
        job.checking(draft.entries().size());
        for (Draft.Entry entry : draft.entries()) {
            for (Violation violation : procedures.check(entry.publication())) {
                Problem problem = entry.origin().locate(violation);
                if (!unreadable.contains(cell(problem)) && seen.add(problem)) {
                    problems.add(problem);
                }
            }
            job.advance();
        }
        problems.sort(Comparator.comparingInt((Problem problem) -> SHEET_ORDER.getOrDefault(problem.sheet(), 3))
                .thenComparingInt(Problem::row));
        return problems;
    }

    private static String cell(Problem problem) {
        return problem.sheet() + "\u0000" + problem.row() + "\u0000" + problem.column();
    }
}
