package vn.tinhso.audit;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The audit page's search form; every field optional. */
record AuditQuery(
        @Size(max = 100) String actor,
        @Size(max = 100) String action,
        @Size(max = 200) String subject,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    String actorOrEmpty() {
        return actor == null ? "" : actor.strip();
    }

    String actionOrEmpty() {
        return action == null ? "" : action.strip();
    }

    String subjectOrEmpty() {
        return subject == null ? "" : subject.strip();
    }
}
