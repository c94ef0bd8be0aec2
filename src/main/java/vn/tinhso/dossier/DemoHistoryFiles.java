package vn.tinhso.dossier;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import vn.tinhso.dossier.receipt.ResultDocument;
import vn.tinhso.dossier.receipt.ResultPdf;
import vn.tinhso.dossier.signing.ResultSigner;
import vn.tinhso.organization.Agencies;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.platform.TinhsoProperties;

/**
 * The files behind the demo history, stored once like any paper and shared by every historic dossier (table
 * {@code demo_file} of the loading transaction): one scanned paper, and for each agency one result PDF saying it is
 * an illustration, signed with the agency's certificate so that downloading and verifying it work as for a real one.
 */
@Component
class DemoHistoryFiles {

    private static final byte[] PAPER = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private final JdbcClient jdbc;
    private final Attachments attachments;
    private final ResultSigner signer;
    private final Agencies agencies;
    private final TinhsoProperties platform;

    DemoHistoryFiles(JdbcClient jdbc, Attachments attachments, ResultSigner signer, Agencies agencies,
                     TinhsoProperties platform) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.signer = signer;
        this.agencies = agencies;
        this.platform = platform;
    }

    void store(List<String> agencyCodes, Instant now) {
        jdbc.sql("""
                CREATE TEMP TABLE demo_file (kind text, agency_code text, sha256 char(64), size_bytes bigint)
                ON COMMIT DROP
                """).update();
        insert("PAPER", null, attachments.store(new ByteArrayInputStream(PAPER), "giay-to-mau.pdf"));
        for (String code : agencyCodes) {
            var agency = agencies.find(new AgencyCode(code)).orElseThrow();
            var document = new ResultDocument(agency.name(), Receipts.placeName(agency.unitName()),
                    Deadlines.local(now).toLocalDate(), "Dữ liệu mẫu", "Kết quả giải quyết thủ tục hành chính", "",
                    "Bản kết quả minh họa", "Người dân (dữ liệu mẫu)", "", "",
                    "Đây là bản kết quả minh họa của dữ liệu lịch sử mẫu (demo), dùng chung cho các hồ sơ lịch sử của "
                            + agency.name() + ". Không có giá trị pháp lý.",
                    "Lãnh đạo cơ quan", Deadlines.local(now),
                    UriComponentsBuilder.fromUriString(platform.baseUrl()).path("/verify").build().toUriString());
            byte[] signed = signer.sign(ResultPdf.of(document), code, "Kết quả minh họa (dữ liệu mẫu)");
            insert("RESULT", code, attachments.store(new ByteArrayInputStream(signed), "ket-qua-mau.pdf"));
        }
    }

    private void insert(String kind, String agencyCode, StoredFile file) {
        jdbc.sql("INSERT INTO demo_file VALUES (:kind, :agency, :sha256, :size)")
                .param("kind", kind).param("agency", agencyCode).param("sha256", file.sha256())
                .param("size", file.size()).update();
    }
}
