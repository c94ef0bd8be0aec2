package vn.tinhso.dossier.receipt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Receipts to look at and to test the layout with, without a database. */
public final class SampleReceipts {

    private SampleReceipts() {
    }

    public static ReceiptForm form(String code, String applicant, List<ReceiptForm.Paper> papers) {
        return new ReceiptForm("Trung tâm Phục vụ hành chính công thành phố Hải Phòng", "Hải Phòng",
                LocalDate.of(2025, 11, 25), code,
                new ReceiptForm.Person(applicant, "031095001234", "0912345678", "an.nguyen@example.vn",
                        "Số 18 đường Lạch Tray, Phường Gia Viên, thành phố Hải Phòng"),
                "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam", "2.000488",
                papers, List.of(new ReceiptForm.Charge("Lệ phí cấp Phiếu lý lịch tư pháp", 200_000)),
                "10 ngày làm việc", LocalDateTime.of(2025, 11, 25, 14, 5), LocalDateTime.of(2025, 11, 28, 17, 30),
                false, "Phiếu lý lịch tư pháp: bản giấy nhận trực tiếp tại Bộ phận tiếp nhận và trả kết quả",
                "http://localhost:8080/tracking?code=" + code, "motcua.hp");
    }
}
