package vn.tinhso.dossier.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinhso.dossier.receipt.SampleForms.APPLICANT;
import static vn.tinhso.dossier.receipt.SampleForms.CODE;
import static vn.tinhso.dossier.receipt.SampleForms.PROCEDURE;

import org.junit.jupiter.api.Test;

/** Forms 04 and 05: what the apology and the notice of stopping tell the applicant. */
class LetterPdfTests {

    private static final String REASON = "Chờ kết quả xác minh thông tin hộ tịch từ Ủy ban nhân dân xã Tiên Lãng.";

    @Test
    void theApologyNamesTheDossierTheReasonAndTheNewReturnTime() throws Exception {
        try (var document = SampleForms.load(LetterPdf.apology(SampleForms.apology(REASON)))) {
            String text = SampleForms.text(document);
            assertThat(text).contains(LetterPdf.APOLOGY, CODE, APPLICANT, "PHƯỜNG HỒNG BÀNG",
                    Letterhead.NATION, Letterhead.MOTTO, "Hải Phòng, ngày 28 tháng 11 năm 2025",
                    "Ủy ban nhân dân phường Hồng Bàng xin lỗi Ông/Bà " + APPLICANT,
                    "14 giờ 05 phút, ngày 25/11/2025", "17 giờ 30 phút, ngày 28/11/2025",
                    "10 giờ 00 phút, ngày 05/12/2025", "Lý do: " + REASON, PROCEDURE, "PHÓ CHỦ TỊCH", "Trần Văn Đức");
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Mẫu số 04 - Thông tư 01/2018/TT-VPCP");
            assertThat(document.getDocumentInformation().getTitle()).contains(CODE);
            PdfImages.save(document, "form-04-apology");
        }
    }

    @Test
    void theStopNoticeIsAddressedToTheApplicantAndSaysWhyProcessingStops() throws Exception {
        String reason = "Ông/Bà đã có văn bản đề nghị rút hồ sơ ngày 26/11/2025.";
        try (var document = SampleForms.load(LetterPdf.stop(SampleForms.stop(reason)))) {
            String text = SampleForms.text(document);
            assertThat(text).contains(LetterPdf.STOP, LetterPdf.STOP_ABOUT, "Kính gửi: Ông/Bà " + APPLICANT, CODE,
                    "thông báo dừng xử lý hồ sơ nêu trên", "Lý do: " + reason, "14 giờ 05 phút, ngày 25/11/2025",
                    "Hải Phòng, ngày 27 tháng 11 năm 2025", "NGƯỜI ĐẠI DIỆN", "Trần Văn Đức");
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Mẫu số 05 - Thông tư 01/2018/TT-VPCP");
            PdfImages.save(document, "form-05-stop");
        }
    }

    @Test
    void aLongReasonContinuesOnTheNextPageAndTheSignatureFollowsIt() throws Exception {
        String reason = SampleForms.longText("Hồ sơ phải lấy ý kiến của Sở Tư pháp và cơ quan công an về nhân thân.",
                120);
        try (var document = SampleForms.load(LetterPdf.apology(SampleForms.apology(reason)))) {
            String text = SampleForms.text(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains("Hết nội dung.", "Trần Văn Đức", "Mã hồ sơ " + CODE + " - Trang 2/");
            assertThat(text.indexOf("Trần Văn Đức")).isGreaterThan(text.indexOf("Hết nội dung."));
            PdfImages.save(document, "form-04-apology-long");
        }
    }
}
