package vn.tinhso.procedure.exchange;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import vn.tinhso.organization.WorkingCalendar;

/**
 * One import running in the background, as the page polls it: its stage, how many rows are checked out of how
 * many, and at the end its outcome. Written by the worker thread, read by requests.
 */
final class ImportJob {

    private final String id;
    private final String fileName;
    private final String actor;
    private final Instant startedAt;
    private final AtomicInteger processed = new AtomicInteger();
    private volatile int total;
    private volatile Stage stage = Stage.READING;
    private volatile Outcome outcome;

    ImportJob(String id, String fileName, String actor, Instant startedAt) {
        this.id = id;
        this.fileName = fileName;
        this.actor = actor;
        this.startedAt = startedAt;
    }

    void checking(int rows) {
        total = rows;
        stage = Stage.CHECKING;
    }

    void advance(int rows) {
        processed.addAndGet(rows);
    }

    void saving() {
        stage = Stage.SAVING;
    }

    void finish(Outcome result) {
        outcome = result;
        stage = Stage.DONE;
    }

    String id() {
        return id;
    }

    String fileName() {
        return fileName;
    }

    String actor() {
        return actor;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** What the page shows now. */
    JobStatus status() {
        Stage now = stage;
        return new JobStatus(id, fileName, LocalDateTime.ofInstant(startedAt, WorkingCalendar.ZONE), now,
                processed.get(), total, percent(), now == Stage.DONE);
    }

    int processed() {
        return processed.get();
    }

    int total() {
        return total;
    }

    Stage stage() {
        return stage;
    }

    boolean done() {
        return stage == Stage.DONE;
    }

    /** Null until done. */
    Outcome outcome() {
        return outcome;
    }

    /** Progress in percent: rows checked or recorded (or skipped as unchanged) out of all rows. */
    int percent() {
        return switch (stage) {
            case READING -> 0;
            case CHECKING -> total == 0 ? 100 : processed.get() * 100 / total;
            case SAVING -> total == 0 ? 100 : Math.min(99, processed.get() * 100 / total);
            case DONE -> 100;
        };
    }

    /** Where the import is. */
    enum Stage {
        /** The file is being read. */
        READING,
        /** Some rows could not be read; every row is being checked so that every problem is reported. */
        CHECKING,
        /** Every row could be read; the changed versions are being checked and recorded. */
        SAVING,
        /** Finished; see the outcome. */
        DONE
    }
}
