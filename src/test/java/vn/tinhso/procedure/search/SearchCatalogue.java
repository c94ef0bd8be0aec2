package vn.tinhso.procedure.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.procedure.Applicant;
import vn.tinhso.procedure.Fee;
import vn.tinhso.procedure.Field;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.ProcedureDetails;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.ProcessingTime;
import vn.tinhso.procedure.Publication;
import vn.tinhso.procedure.RequiredDocument;
import vn.tinhso.procedure.Result;
import vn.tinhso.procedure.Workflow;

/**
 * The procedures the search tests look for: real ones (names and codes as in the national database) and
 * near-duplicates of them (codes 9.3xxxxx) so that ranking is really tested.
 */
final class SearchCatalogue {

    static final String COMMUNE = "525.00.00.H26";
    static final String JUSTICE = "000.11.00.H26";
    static final String CONSTRUCTION = "000.15.00.H26";
    static final String ENVIRONMENT = "000.17.00.H26";
    static final String HEALTH = "000.19.00.H26";
    static final String SCIENCE = "000.13.00.H26";
    static final String PROVINCE = "000.00.00.H26";

    static final List<Field> FIELDS = List.of(new Field("HT", "Hộ tịch"), new Field("CT", "Chứng thực"),
            new Field("LLTP", "Lý lịch tư pháp"), new Field("CTRU", "Đăng ký, quản lý cư trú"),
            new Field("HKD", "Thành lập và hoạt động của hộ kinh doanh"),
            new Field("DN", "Thành lập và hoạt động doanh nghiệp"), new Field("XD", "Hoạt động xây dựng"),
            new Field("DD", "Đất đai"), new Field("BTXH", "Bảo trợ xã hội"), new Field("DB", "Đường bộ"),
            new Field("LD", "Việc làm"), new Field("KCB", "Khám bệnh, chữa bệnh"),
            new Field("ATTP", "An toàn thực phẩm"));

    /** code, name, field, agency, level, online level, days. */
    private record Row(String code, String name, String field, String agency, ProcedureLevel level,
                       OnlineLevel online, int days) {
    }

    private static final ProcedureLevel C = ProcedureLevel.COMMUNE;
    private static final ProcedureLevel P = ProcedureLevel.PROVINCE;
    private static final OnlineLevel FULL = OnlineLevel.FULL_PROCESS;
    private static final OnlineLevel PART = OnlineLevel.PARTIAL;

    private static final List<Row> ROWS = List.of(
            new Row("1.001193", "Đăng ký khai sinh", "HT", COMMUNE, C, FULL, 1),
            new Row("1.000894", "Đăng ký kết hôn", "HT", COMMUNE, C, PART, 1),
            new Row("1.000656", "Đăng ký khai tử", "HT", COMMUNE, C, FULL, 1),
            new Row("1.001022", "Đăng ký nhận cha, mẹ, con", "HT", COMMUNE, C, PART, 3),
            new Row("1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", "HT", COMMUNE, C, FULL, 3),
            new Row("1.004859", "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", "HT", COMMUNE, C, PART, 3),
            new Row("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp",
                    "CT", COMMUNE, C, PART, 1),
            new Row("2.000884", "Chứng thực chữ ký trong các giấy tờ, văn bản", "CT", COMMUNE, C, PART, 1),
            new Row("2.000488", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
                    "LLTP", JUSTICE, P, FULL, 10),
            new Row("1.004222", "Đăng ký thường trú", "CTRU", COMMUNE, C, FULL, 7),
            new Row("1.004194", "Đăng ký tạm trú", "CTRU", COMMUNE, C, FULL, 3),
            new Row("2.000720", "Đăng ký thành lập hộ kinh doanh", "HKD", COMMUNE, C, FULL, 3),
            new Row("1.001612", "Đăng ký thành lập doanh nghiệp tư nhân", "DN", PROVINCE, P, FULL, 3),
            new Row("1.009972", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "XD", COMMUNE, C, PART, 15),
            new Row("1.012001", "Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu",
                    "DD", ENVIRONMENT, P, PART, 20),
            new Row("1.012002", "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế",
                    "DD", ENVIRONMENT, P, PART, 10),
            new Row("1.001776", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng", "BTXH", COMMUNE, C, PART, 20),
            new Row("1.001758", "Hỗ trợ chi phí mai táng", "BTXH", COMMUNE, C, PART, 5),
            new Row("2.001157", "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp", "DB", CONSTRUCTION, P, FULL, 5),
            new Row("1.002804", "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam", "LD",
                    PROVINCE, P, FULL, 5),
            new Row("1.003503", "Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh", "KCB", HEALTH, P, PART, 20),
            new Row("2.000974", "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "ATTP", HEALTH, P, PART, 20),
            new Row("1.000288", "Giải quyết hưởng trợ cấp thất nghiệp", "LD", PROVINCE, P, PART, 20),
            // near-duplicates and neighbours
            new Row("9.300001", "Đăng ký lại khai sinh", "HT", COMMUNE, C, PART, 5),
            new Row("9.300002", "Đăng ký khai sinh có yếu tố nước ngoài", "HT", COMMUNE, C, PART, 15),
            new Row("9.300003", "Đăng ký khai sinh kết hợp nhận cha, mẹ, con", "HT", COMMUNE, C, PART, 3),
            new Row("9.300004", "Đăng ký lại kết hôn", "HT", COMMUNE, C, PART, 5),
            new Row("9.300005", "Đăng ký kết hôn có yếu tố nước ngoài", "HT", COMMUNE, C, PART, 15),
            new Row("9.300006", "Đăng ký lại khai tử", "HT", COMMUNE, C, PART, 5),
            new Row("9.300007", "Cấp bản sao trích lục hộ tịch", "HT", COMMUNE, C, FULL, 1),
            new Row("9.300008", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở",
                    "CT", COMMUNE, C, OnlineLevel.NONE, 2),
            new Row("9.300009", "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", "CT", COMMUNE, C,
                    OnlineLevel.NONE, 2),
            new Row("9.300010", "Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do bị mất",
                    "DD", ENVIRONMENT, P, PART, 10),
            new Row("9.300011", "Cấp giấy phép sửa chữa, cải tạo công trình", "XD", CONSTRUCTION, P, PART, 15),
            new Row("9.300012", "Cấp lại giấy phép lái xe", "DB", CONSTRUCTION, P, FULL, 5),
            new Row("9.300013", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", "HKD", COMMUNE, C, FULL, 3),
            new Row("9.300014", "Gia hạn giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam", "LD",
                    PROVINCE, P, FULL, 5),
            new Row("9.300015", "Cấp lại chứng chỉ hành nghề khám bệnh, chữa bệnh", "KCB", HEALTH, P, PART, 10),
            new Row("9.300016", "Xóa đăng ký thường trú", "CTRU", COMMUNE, C, FULL, 3),
            new Row("9.300017", "Gia hạn tạm trú", "CTRU", COMMUNE, C, FULL, 3),
            new Row("9.300018", "Thông báo về việc tìm kiếm việc làm hằng tháng", "LD", PROVINCE, P, FULL, 1),
            new Row("9.300019", "Cấp Giấy chứng nhận đủ điều kiện kinh doanh dịch vụ bảo vệ", "DN", PROVINCE, P, PART, 10),
            new Row("9.300020", "Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên", "DN", PROVINCE, P, FULL, 3));

    private static final Map<String, String> LEGAL_BASIS = Map.ofEntries(
            Map.entry("HT", "Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP"),
            Map.entry("CT", "Nghị định 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính"),
            Map.entry("LLTP", "Luật Lý lịch tư pháp 2009"),
            Map.entry("CTRU", "Luật Cư trú 2020; Nghị định 154/2024/NĐ-CP"),
            Map.entry("HKD", "Nghị định 01/2021/NĐ-CP về đăng ký doanh nghiệp"),
            Map.entry("DN", "Luật Doanh nghiệp 2020; Nghị định 01/2021/NĐ-CP"),
            Map.entry("XD", "Luật Xây dựng 2014, sửa đổi 2020"),
            Map.entry("DD", "Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP"),
            Map.entry("BTXH", "Nghị định 20/2021/NĐ-CP về chính sách trợ giúp xã hội"),
            Map.entry("DB", "Luật Trật tự, an toàn giao thông đường bộ 2024"),
            Map.entry("LD", "Bộ luật Lao động 2019; Luật Việc làm 2013"),
            Map.entry("KCB", "Luật Khám bệnh, chữa bệnh 2023"),
            Map.entry("ATTP", "Luật An toàn thực phẩm 2010; Nghị định 15/2018/NĐ-CP"));

    private SearchCatalogue() {
    }

    /** Publishes what is not in force yet (the test context is shared, so this runs more than once). */
    static void publish(Procedures procedures) {
        procedures.addFields(FIELDS);
        LocalDate from = LocalDate.now(WorkingCalendar.ZONE).minusDays(30);
        var publications = new ArrayList<Publication>();
        for (Row row : ROWS) {
            var code = new ProcedureCode(row.code());
            if (procedures.current(code).filter(p -> p.name().equals(row.name())).isEmpty()) {
                publications.add(new Publication(code, from, details(row)));
            }
        }
        if (!publications.isEmpty()) {
            procedures.publishAll(publications, "tester");
        }
    }

    static int size() {
        return ROWS.size();
    }

    private static ProcedureDetails details(Row row) {
        return details(row.name(), row.field(), row.level(), row.agency(), row.online(), row.days(),
                LEGAL_BASIS.get(row.field()));
    }

    static ProcedureDetails details(String name, String field, ProcedureLevel level, String agency,
                                    OnlineLevel online, int days, String legalBasis) {
        return new ProcedureDetails(name, field, level, List.of(agency), Set.of(Applicant.CITIZEN),
                new ProcessingTime(days, ProcessingTime.Unit.WORKING_DAYS), null, online, online == FULL, legalBasis,
                List.of(new RequiredDocument("Tờ khai theo mẫu", 1, 0, true, "", "")),
                List.of(new Fee("", Fee.Kind.CHARGE, "Lệ phí", 8_000, "")),
                new Result("Kết quả", Set.of(Result.Form.PAPER)), Workflow.standard(), false);
    }
}
