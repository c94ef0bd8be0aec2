package vn.tinhso.procedure.exchange;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.Refusal;

/**
 * The imports of this application instance: one runs at a time on a worker thread, the last few are kept in
 * memory so that their pages can show the outcome. A restart forgets them; nothing half-done is left behind,
 * because an import records everything in one transaction or nothing.
 */
@Component
class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final int KEPT = 20;

    private final WorkbookReading workbooks;
    private final JsonReading documents;
    private final CatalogueImport imports;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "catalogue-import");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<ImportJob> running = new AtomicReference<>();
    private final Map<String, ImportJob> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
            return size() > KEPT;
        }
    });

    ImportJobs(WorkbookReading workbooks, JsonReading documents, CatalogueImport imports) {
        this.workbooks = workbooks;
        this.documents = documents;
        this.imports = imports;
    }

    /**
     * Starts importing a file.
     *
     * @throws Refusal {@code exchange.import.busy} (409) while another import runs
     */
    ImportJob start(FileKind kind, byte[] content, String fileName, String actor) {
        var job = new ImportJob(UUID.randomUUID().toString(), fileName, actor, Instant.now());
        if (!running.compareAndSet(null, job)) {
            throw new Refusal(HttpStatus.CONFLICT, "exchange.import.busy");
        }
        jobs.put(job.id(), job);
        worker.execute(() -> run(job, kind, content));
        return job;
    }

    Optional<ImportJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The import running now, if any. */
    Optional<ImportJob> running() {
        return Optional.ofNullable(running.get());
    }

    private void run(ImportJob job, FileKind kind, byte[] content) {
        Outcome outcome = Outcome.refused("exchange.import.failed");
        try {
            Draft draft = kind == FileKind.XLSX ? workbooks.read(new ByteArrayInputStream(content))
                    : documents.read(new ByteArrayInputStream(content));
            outcome = imports.run(draft, job.actor(), job);
        } catch (Refusal refused) {
            outcome = Outcome.refused(refused.code(), refused.arguments());
        } catch (RuntimeException failure) {
            log.error("Import {} of {} failed", job.id(), job.fileName(), failure);
        } finally {
            running.set(null); // before the page can see the end, so that the next import is accepted at once
            job.finish(outcome);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
