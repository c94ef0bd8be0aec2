package vn.tinhso.dossier.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinhso.dossier.receipt.SampleForms.APPLICANT;
import static vn.tinhso.dossier.receipt.SampleForms.CODE;
import static vn.tinhso.dossier.receipt.SampleForms.PROCEDURE;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The result the leader approved: what it says, and that the agency's signature can be added to it afterwards. */
class ResultPdfTests {

    private static final String DECISION = "Cải chính họ, chữ đệm, tên của bà Nguyễn Thị Hồng Nhung trong Giấy khai "
            + "sinh số 125, quyển số 01/1995 do Ủy ban nhân dân phường Hoàng Văn Thụ cấp ngày 14/3/1995.";

    @Test
    void namesTheResultTheApplicantTheDecisionAndTheApprover() throws Exception {
        var result = SampleForms.result(DECISION, "Số 7 phố Lý Thường Kiệt, phường Hồng Bàng, thành phố Hải Phòng");
        try (var document = SampleForms.load(ResultPdf.of(result))) {
            assertThat(SampleForms.text(document)).contains("TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH HỘ TỊCH", CODE, APPLICANT,
                    "031195004321", "Số 7 phố Lý Thường Kiệt", PROCEDURE + " (mã thủ tục: 1.004859)", DECISION,
                    "Phạm Quốc Hưng, lúc 9 giờ 40 phút, ngày 27/11/2025", "Hải Phòng, ngày 27 tháng 11 năm 2025",
                    Letterhead.NATION, ResultPdf.SIGNATURE_LABEL, result.verifyUrl());
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Trích lục thay đổi, cải chính hộ tịch - Mã hồ sơ " + CODE);
            assertThat(document.getDocumentInformation().getSubject())
                    .isEqualTo("Kết quả giải quyết thủ tục hành chính 1.004859");
            PdfImages.save(document, "result");
        }
    }

    @Test
    void leavesOutTheAddressWhenThereIsNone() throws Exception {
        try (var document = SampleForms.load(ResultPdf.of(SampleForms.result(DECISION, null)))) {
            assertThat(SampleForms.text(document)).contains(APPLICANT).doesNotContain("Địa chỉ");
        }
    }

    @Test
    void isAPlainPdfWithoutFieldsOrSignaturesThatTakesAnIncrementalSignature() throws Exception {
        byte[] pdf = ResultPdf.of(SampleForms.result(DECISION, ""));
        byte[] signed;
        try (var document = SampleForms.load(pdf)) {
            assertThat(document.isEncrypted()).isFalse();
            assertThat(document.getSignatureDictionaries()).isEmpty();
            assertThat(document.getDocumentCatalog().getAcroForm()).isNull();
            var signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            document.addSignature(signature, content -> new byte[64]);
            var out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            signed = out.toByteArray();
        }
        assertThat(Arrays.copyOf(signed, pdf.length)).isEqualTo(pdf);
        try (var document = SampleForms.load(signed)) {
            assertThat(document.getSignatureDictionaries()).hasSize(1);
        }
    }

    @Test
    void theQrCodeLeadsToTheVerificationPage() throws Exception {
        var result = SampleForms.result(DECISION, "");
        try (var document = SampleForms.load(ResultPdf.of(result))) {
            assertThat(PdfImages.qrCodeOn(document, 0)).isEqualTo(result.verifyUrl());
        }
    }

    @Test
    void aLongDecisionFlowsOnAndTheSignatureRoomBelowItsLabelStaysEmpty() throws Exception {
        var result = SampleForms.result(SampleForms.longText(DECISION, 60), "");
        try (var document = SampleForms.load(ResultPdf.of(result))) {
            int last = document.getNumberOfPages() - 1;
            assertThat(last).isPositive();
            assertThat(SampleForms.text(document)).contains("Hết nội dung.", "Trang 2/");
            float[] label = where(document, last, ResultPdf.SIGNATURE_LABEL);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(last, 72);
            int top = Math.round(label[1]) + 6;
            for (int y = top; y < top + 70; y++) {
                for (int x = Math.round(label[0]) - 20; x < Math.round(label[2]) + 20; x++) {
                    assertThat(page.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y).isEqualTo(0xffffff);
                }
            }
            PdfImages.save(document, "result-long");
        }
    }

    /** Left, baseline (from the top) and right of {@code text} on a page, in points. */
    private static float[] where(PDDocument document, int page, String text) throws IOException {
        float[] found = new float[3];
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<TextPosition> positions) throws IOException {
                int at = line.indexOf(text);
                if (at >= 0) {
                    TextPosition first = positions.get(at);
                    TextPosition end = positions.get(at + text.length() - 1);
                    found[0] = first.getXDirAdj();
                    found[1] = first.getYDirAdj();
                    found[2] = end.getXDirAdj() + end.getWidthDirAdj();
                }
                super.writeString(line, positions);
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(document);
        assertThat(found[2]).as("where %s is", text).isPositive();
        return found;
    }
}
