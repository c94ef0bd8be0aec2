package vn.tinhso.dossier.receipt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Forms 04–07 and a result filled with Vietnamese text, to test and look at without a database. */
final class SampleForms {

    static final String AGENCY = "Ủy ban nhân dân phường Hồng Bàng";
    static final String CODE = "000.31.10.H31-251125-0007";
    static final String APPLICANT = "Nguyễn Thị Hồng Nhung";
    static final String PROCEDURE = "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc";
    static final LocalDateTime RECEIVED = LocalDateTime.of(2025, 11, 25, 14, 5);
    static final LocalDateTime DUE = LocalDateTime.of(2025, 11, 28, 17, 30);

    private SampleForms() {
    }

    static ApologyLetter apology(String reason) {
        return new ApologyLetter(AGENCY, "Hải Phòng", LocalDate.of(2025, 11, 28), CODE, APPLICANT, PROCEDURE, RECEIVED,
                DUE, reason, LocalDateTime.of(2025, 12, 5, 10, 0), "Phó Chủ tịch", "Trần Văn Đức");
    }

    static StopNotice stop(String reason) {
        return new StopNotice(AGENCY, "Hải Phòng", LocalDate.of(2025, 11, 27), CODE, APPLICANT, PROCEDURE, RECEIVED,
                reason, "Người đại diện", "Trần Văn Đức");
    }

    static ResultDocument result(String decision, String address) {
        return new ResultDocument(AGENCY, "Hải Phòng", LocalDate.of(2025, 11, 27), CODE, PROCEDURE, "1.004859",
                "Trích lục thay đổi, cải chính hộ tịch", APPLICANT, "031195004321", address, decision,
                "Phạm Quốc Hưng", LocalDateTime.of(2025, 11, 27, 9, 40),
                "https://dichvucong.haiphong.gov.vn/verify?code=" + CODE);
    }

    static ControlSlip controlSlip(int rows) {
        var handovers = new ArrayList<ControlSlip.Handover>();
        for (int i = 1; i <= rows; i++) {
            LocalDateTime at = RECEIVED.plusHours(i);
            handovers.add(new ControlSlip.Handover("Bộ phận một cửa - Nguyễn Văn Ánh",
                    "Phòng Văn hóa - Xã hội - Lê Thị Thúy Hằng", at, i % 3 == 0 ? null : at.plusDays(1),
                    i % 2 == 0 ? "Đúng hạn" : "Trước hạn", "Bước " + i));
        }
        return new ControlSlip(AGENCY, CODE, APPLICANT, PROCEDURE, RECEIVED, DUE, handovers);
    }

    static DossierBook book(int entries) {
        var list = new ArrayList<DossierBook.Entry>(entries);
        for (int i = 1; i <= entries; i++) {
            LocalDateTime received = RECEIVED.plusMinutes(17L * i);
            boolean done = i % 4 != 0;
            list.add(new DossierBook.Entry(i, "000.31.10.H31-251125-%04d".formatted(i), PROCEDURE,
                    i == 1 ? APPLICANT : "Đỗ Minh Khôi " + i, "Số " + i + " phố Điện Biên Phủ, phường Hồng Bàng",
                    "09123456" + "%02d".formatted(i % 100), received, received.plusDays(3),
                    "Ủy ban nhân dân phường Hồng Bàng", done ? received.plusDays(2) : null,
                    done ? received.plusDays(2).plusHours(1) : null, done ? "Đã trả kết quả" : "Đang xử lý",
                    i % 10 == 0 ? "Bổ sung hồ sơ một lần" : null));
        }
        return new DossierBook(AGENCY, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30), List.copyOf(list));
    }

    /** A text long enough to fill more than a page. */
    static String longText(String sentence, int times) {
        return (sentence + " ").repeat(times) + "Hết nội dung.";
    }

    /** The text of the document with every run of white space, line breaks too, as one space. */
    static String text(PDDocument document) throws java.io.IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    static PDDocument load(byte[] pdf) throws java.io.IOException {
        return Loader.loadPDF(pdf);
    }
}
