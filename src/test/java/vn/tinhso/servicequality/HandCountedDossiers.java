package vn.tinhso.servicequality;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.dossier.Channel;
import vn.tinhso.dossier.DossierScenario;

/**
 * Files the ten dossiers of {@link HandCountedTests} once per database through the real services, moves them back
 * to 2025 and tells the statistics (see the table there).
 */
final class HandCountedDossiers {

    /** The codes filed in each test context's database (contexts differ by their configuration). */
    private static final Map<JdbcClient, Map<String, String>> FILED = new IdentityHashMap<>();

    private HandCountedDossiers() {
    }

    static synchronized Map<String, String> file(ApplicationContext context, DossierScenario scenario, JdbcClient jdbc,
                                                 TransactionTemplate transaction, ApplicationEventPublisher events) {
        Map<String, String> filed = FILED.get(jdbc);
        if (filed != null) {
            return filed;
        }
        var codes = new LinkedHashMap<String, String>();
        for (String name : new String[] {"A", "B", "C", "D", "E", "F", "G"}) {
            codes.put(name, scenario.receivedOnline());
        }
        codes.put("H", scenario.receivedAtDesk(Channel.DIRECT, true));
        codes.put("I", scenario.receivedAtDesk(Channel.POSTAL, false));
        codes.put("K", scenario.receivedAtDesk(Channel.DIRECT, false));
        scenario.requestSupplement(codes.get("D"));
        scenario.completeSupplement(codes.get("D"));
        for (int round = 0; round < 2; round++) {
            scenario.requestSupplement(codes.get("E"));
            scenario.completeSupplement(codes.get("E"));
        }
        scenario.extend(codes.get("F"), java.time.LocalDateTime.now().plusDays(90));
        for (String name : new String[] {"A", "C", "D", "E", "F"}) {
            scenario.resolve(codes.get(name));
        }
        scenario.rate(codes.get("C"), "VERY_SATISFIED");
        scenario.rate(codes.get("D"), "DISSATISFIED");
        scenario.withdraw(codes.get("G"));
        scenario.stop(codes.get("K"));
        DossierCounts.settle(jdbc);

        transaction.executeWithoutResult(status -> {
            back(jdbc, codes.get("A"), "2025-02-20T09:00", "2025-03-06T17:00", "2025-03-06T10:00", null);
            back(jdbc, codes.get("B"), "2025-02-25T09:00", "2025-03-11T17:00", null, null);
            back(jdbc, codes.get("C"), "2025-03-03T08:00", "2025-03-17T17:00", "2025-03-10T10:00", null);
            back(jdbc, codes.get("D"), "2025-03-04T08:00", "2025-03-20T17:00", "2025-03-20T15:00", null);
            back(jdbc, codes.get("E"), "2025-03-05T08:00", "2025-03-25T17:00", "2025-03-18T10:00", null);
            back(jdbc, codes.get("F"), "2025-03-05T08:00", "2025-03-19T17:00", "2025-03-14T10:00", null);
            back(jdbc, codes.get("G"), "2025-03-06T08:00", "2025-03-13T17:00", null, "2025-03-07T09:00");
            back(jdbc, codes.get("H"), "2025-03-27T08:00", "2025-04-03T17:00", null, null);
            back(jdbc, codes.get("I"), "2025-03-10T08:00", "2025-03-17T17:00", null, null);
            back(jdbc, codes.get("K"), "2025-03-12T08:00", "2025-03-19T17:00", null, "2025-04-02T09:00");
            jdbc.sql("""
                    UPDATE dossier_letter SET old_due_at = :old, new_due_at = :new
                    WHERE form = '04' AND dossier_id = (SELECT id FROM dossier WHERE code = :code)
                    """).param("old", HandCountedTests.at("2025-03-12T17:00"))
                    .param("new", HandCountedTests.at("2025-03-19T17:00")).param("code", codes.get("F")).update();
            rated(jdbc, codes.get("C"), "2025-03-12T09:00");
            rated(jdbc, codes.get("D"), "2025-03-21T09:00");
            codes.values().forEach(code -> HandCountedTests.touch(events, code));
        });
        DossierCounts.settle(jdbc);
        // The dossiers were received today and moved back to 2025 by hand, which no dossier does: the live counters
        // followed each move, but the online procedure of today stays marked (a reception never moves). Recomputed,
        // the aggregates are those of the dossiers as they now stand, as other tests of the context expect.
        context.getBean(Recomputation.class).runNow("test");
        FILED.put(jdbc, codes);
        return codes;
    }

    private static void back(JdbcClient jdbc, String code, String received, String due, String resolved,
                             String closed) {
        jdbc.sql("""
                UPDATE dossier SET submitted_at = :received, received_at = :received, due_at = :due,
                    original_due_at = :due, resolved_at = :resolved,
                    closed_at = CASE WHEN status IN ('WITHDRAWN', 'STOPPED') THEN :closed ELSE closed_at END
                WHERE code = :code
                """)
                .param("received", HandCountedTests.at(received)).param("due", HandCountedTests.at(due))
                .param("resolved", resolved == null ? null : HandCountedTests.at(resolved))
                .param("closed", closed == null ? null : HandCountedTests.at(closed))
                .param("code", code).update();
    }

    private static void rated(JdbcClient jdbc, String code, String at) {
        jdbc.sql("UPDATE dossier_rating SET rated_at = :at WHERE dossier_id = (SELECT id FROM dossier WHERE code = :code)")
                .param("at", HandCountedTests.at(at)).param("code", code).update();
    }
}
