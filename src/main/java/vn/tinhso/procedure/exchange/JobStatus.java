package vn.tinhso.procedure.exchange;

import java.time.LocalDateTime;

/**
 * What the page shows of an import at one moment; a snapshot, so that one rendering reads consistent numbers.
 *
 * @param id the job's id
 * @param fileName the uploaded file's name
 * @param started when it started, on Vietnam's clock
 * @param stage where it is
 * @param processed rows checked
 * @param total rows to check
 * @param percent progress in percent
 * @param done whether it has finished
 */
record JobStatus(String id, String fileName, LocalDateTime started, ImportJob.Stage stage, int processed, int total,
                 int percent, boolean done) {
}
