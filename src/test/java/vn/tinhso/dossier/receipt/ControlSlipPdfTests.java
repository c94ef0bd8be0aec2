package vn.tinhso.dossier.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinhso.dossier.receipt.SampleForms.APPLICANT;
import static vn.tinhso.dossier.receipt.SampleForms.CODE;
import static vn.tinhso.dossier.receipt.SampleForms.PROCEDURE;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Form 06: every handover of the dossier in a table that goes on over as many pages as it takes. */
class ControlSlipPdfTests {

    @Test
    void listsEveryHandoverWithItsTimeDeadlineAndOutcome() throws Exception {
        var slip = new ControlSlip(SampleForms.AGENCY, CODE, APPLICANT, PROCEDURE, SampleForms.RECEIVED,
                SampleForms.DUE, List.of(
                        new ControlSlip.Handover("Bộ phận một cửa - Nguyễn Văn Ánh", "Phòng Tư pháp - Lê Thị Thúy",
                                LocalDateTime.of(2025, 11, 25, 15, 0), LocalDateTime.of(2025, 11, 27, 17, 0),
                                "Trước hạn", "Hồ sơ giấy kèm bản quét"),
                        new ControlSlip.Handover("Phòng Tư pháp - Lê Thị Thúy", "Lãnh đạo - Phạm Quốc Hưng",
                                LocalDateTime.of(2025, 11, 27, 16, 30), null, "", null)));
        try (var document = SampleForms.load(ControlSlipPdf.of(slip))) {
            String text = SampleForms.text(document);
            assertThat(text).contains(ControlSlipPdf.TITLE, CODE, APPLICANT, PROCEDURE, Letterhead.MOTTO,
                    "Thời gian nhận hồ sơ: 14 giờ 05 phút, ngày 25/11/2025",
                    "Thời gian hẹn trả kết quả: 17 giờ 30 phút, ngày 28/11/2025",
                    "Giao: Bộ phận một cửa - Nguyễn Văn Ánh", "Nhận: Phòng Tư pháp - Lê Thị Thúy",
                    "15 giờ 00 phút, ngày 25/11/2025", "17 giờ 00 phút, ngày 27/11/2025", "Trước hạn",
                    "Hồ sơ giấy kèm bản quét", "Nhận: Lãnh đạo - Phạm Quốc Hưng", "16 giờ 30 phút, ngày 27/11/2025");
            assertThat(text).contains("Tên cơ quan / người giao – nhận", "Thời gian giao, nhận", "Hạn xử lý",
                    "Kết quả xử lý", "Ghi chú");
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Mẫu số 06 - Thông tư 01/2018/TT-VPCP");
            PdfImages.save(document, "form-06-control-slip");
        }
    }

    @Test
    void twoHundredHandoversGoOnOverMorePagesWithTheHeadOnEach() throws Exception {
        try (var document = SampleForms.load(ControlSlipPdf.of(SampleForms.controlSlip(200)))) {
            String text = SampleForms.text(document);
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(text.split("Thời gian giao, nhận", -1)).hasSize(pages + 1);
            assertThat(text).contains("Bước 1 ", "Bước 200 ", "Trang " + pages + "/" + pages);
            PdfImages.save(document, "form-06-control-slip-long");
        }
    }

    @Test
    void aNoteLongerThanAPageIsSplitAcrossPages() throws Exception {
        String note = SampleForms.longText("Đã xin ý kiến Sở Tư pháp, chờ trả lời bằng văn bản.", 60);
        var slip = new ControlSlip(SampleForms.AGENCY, CODE, APPLICANT, PROCEDURE, SampleForms.RECEIVED,
                SampleForms.DUE, List.of(new ControlSlip.Handover("Bộ phận một cửa", "Phòng Tư pháp",
                        SampleForms.RECEIVED, null, "Quá hạn", note)));
        try (var document = SampleForms.load(ControlSlipPdf.of(slip))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(SampleForms.text(document)).contains("Quá hạn", "Hết nội dung.");
            PdfImages.save(document, "form-06-control-slip-split");
        }
    }
}
