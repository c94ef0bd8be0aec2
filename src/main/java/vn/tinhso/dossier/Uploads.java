package vn.tinhso.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Files uploaded ahead of a submission, each owned by the one who uploaded it until a dossier claims it. */
@Component
class Uploads {

    private final JdbcClient jdbc;
    private final Attachments attachments;

    Uploads(JdbcClient jdbc, Attachments attachments) {
        this.jdbc = jdbc;
        this.attachments = attachments;
    }

    @Transactional
    Upload accept(InputStream content, String fileName, String uploadedBy, Long accountId) {
        StoredFile file = attachments.store(content, fileName);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO dossier_upload (id, account_id, uploaded_by, file_name, media_type, size_bytes, sha256)
                VALUES (:id, :account, :by, :name, :type, :size, :sha256)
                """)
                .param("id", id).param("account", accountId).param("by", uploadedBy).param("name", file.fileName())
                .param("type", file.mediaType()).param("size", file.size()).param("sha256", file.sha256())
                .update();
        return new Upload(id, file);
    }

    /** Stores a file sent with a form. */
    Upload accept(MultipartFile file, String uploadedBy, Long accountId) throws IOException {
        return accept(file.getInputStream(), file.getOriginalFilename(), uploadedBy, accountId);
    }

    /** Stores every file of a form; the documents a submission refers to, by paper. */
    List<Submission.Document> acceptAll(MultipartHttpServletRequest form, String uploadedBy, Long accountId)
            throws IOException {
        var documents = new ArrayList<Submission.Document>();
        for (var paper : byPaper(form).entrySet()) {
            documents.add(new Submission.Document(paper.getKey(), accept(paper.getValue(), uploadedBy, accountId).id()));
        }
        return documents;
    }

    /** The files a form carries for the procedure's papers: inputs named {@code file-0}, {@code file-1}, … filled in. */
    static SortedMap<Integer, MultipartFile> byPaper(MultipartHttpServletRequest form) {
        var files = new TreeMap<Integer, MultipartFile>();
        form.getFileMap().forEach((name, file) -> {
            if (name.matches("file-\\d{1,2}") && !file.isEmpty()) {
                files.put(Integer.parseInt(name.substring("file-".length())), file);
            }
        });
        return files;
    }

    /** The unclaimed upload of this uploader, locked until the submission commits. */
    Optional<StoredFile> claimable(UUID id, String uploadedBy) {
        return jdbc.sql("""
                SELECT * FROM dossier_upload WHERE id = :id AND uploaded_by = :by AND claimed_by IS NULL FOR UPDATE
                """)
                .param("id", id).param("by", uploadedBy)
                .query((rs, row) -> new StoredFile(rs.getString("sha256"), rs.getLong("size_bytes"),
                        rs.getString("media_type"), rs.getString("file_name")))
                .optional();
    }

    void claim(UUID id, long dossierId) {
        jdbc.sql("UPDATE dossier_upload SET claimed_by = :dossier WHERE id = :id").param("dossier", dossierId)
                .param("id", id).update();
    }

    /**
     * An accepted upload.
     *
     * @param id what a submission refers to
     * @param file what was stored
     */
    record Upload(UUID id, StoredFile file) {
    }
}
