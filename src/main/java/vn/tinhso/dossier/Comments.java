package vn.tinhso.dossier;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Officers' notes on a dossier, oldest first; never shown to the applicant. */
@Component
class Comments {

    private final JdbcClient jdbc;

    Comments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Dossier dossier, String author, String text) {
        jdbc.sql("INSERT INTO dossier_comment (dossier_id, author, text) VALUES (:id, :author, :text)")
                .param("id", dossier.id).param("author", author).param("text", text).update();
    }

    List<Comment> of(Dossier dossier) {
        return jdbc.sql("SELECT at, author, text FROM dossier_comment WHERE dossier_id = :id ORDER BY id")
                .param("id", dossier.id)
                .query((rs, row) -> new Comment(rs.getTimestamp("at").toInstant(), rs.getString("author"),
                        rs.getString("text")))
                .list();
    }

    /** A note. */
    record Comment(Instant at, String author, String text) {
    }
}
