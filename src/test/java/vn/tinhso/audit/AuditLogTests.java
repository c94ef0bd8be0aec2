package vn.tinhso.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class AuditLogTests {

    @Autowired
    AuditLog log;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachEntryCarriesTheHashOfThePreviousOne() {
        var first = log.record("tester", "test.first", "subject-1", "chi tiết có dấu");
        var second = log.record("tester", "test.second", "subject-2", "");
        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteEntries() {
        var entry = log.record("tester", "test.locked", "x", "");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET details = 'changed' WHERE seq = :seq")
                .param("seq", entry.seq()).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE seq = :seq")
                .param("seq", entry.seq()).update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void concurrentWritersStillProduceOneUnbrokenChain() throws Exception {
        long before = count();
        var pool = Executors.newFixedThreadPool(4);
        try {
            var writers = new ArrayList<Callable<Object>>();
            for (int writer = 0; writer < 4; writer++) {
                int id = writer;
                writers.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        log.record("writer-" + id, "test.concurrent", "n" + i, "");
                    }
                    return null;
                });
            }
            for (var future : pool.invokeAll(writers)) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count()).isEqualTo(before + 100);
        assertThat(trail.verify().intact()).isTrue();
    }

    /** Someone with superuser rights bypasses the trigger and edits history: the chain shows where. */
    @Test
    void tamperingIsDetectedAtTheFirstChangedEntry() {
        var victim = log.record("tester", "test.victim", "dossier-1", "original");
        log.record("tester", "test.after", "dossier-2", "");
        try {
            jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
            jdbc.sql("UPDATE audit_entry SET details = 'forged' WHERE seq = :seq").param("seq", victim.seq()).update();
            var verification = trail.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(victim.seq());
            assertThat(verification.reason()).isEqualTo("audit.verify.content");
        } finally {
            jdbc.sql("UPDATE audit_entry SET details = 'original' WHERE seq = :seq").param("seq", victim.seq()).update();
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
    }
}
