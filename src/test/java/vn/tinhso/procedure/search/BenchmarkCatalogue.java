package vn.tinhso.procedure.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.Publication;

/** About 2,000 realistic procedure names (codes 9.0xxxxx) and a mix of citizens' queries for the benchmark. */
final class BenchmarkCatalogue {

    private static final String[] ACTIONS = {"Cấp", "Cấp lại", "Gia hạn", "Điều chỉnh", "Thu hồi", "Đăng ký",
            "Đăng ký thay đổi", "Xác nhận", "Công nhận", "Thẩm định", "Cấp đổi", "Chấm dứt"};
    private static final String[] OBJECTS = {"giấy phép khai thác khoáng sản", "giấy phép kinh doanh karaoke",
            "giấy chứng nhận đủ điều kiện kinh doanh thuốc", "chứng chỉ hành nghề dược", "giấy phép môi trường",
            "giấy phép hoạt động phòng khám", "giấy phép xây dựng công trình", "giấy phép bán lẻ rượu",
            "giấy phép thành lập trường mầm non", "giấy chứng nhận cơ sở giáo dục nghề nghiệp",
            "giấy phép khai thác nước mặt", "giấy phép xả nước thải", "giấy phép hoạt động điện lực",
            "giấy phép vận tải bằng xe ô tô", "giấy chứng nhận đăng ký xe máy chuyên dùng",
            "giấy phép sử dụng vật liệu nổ công nghiệp", "giấy chứng nhận hợp tác xã", "giấy phép tổ chức lễ hội",
            "giấy phép quảng cáo ngoài trời", "giấy chứng nhận quyền tác giả", "giấy phép nhập khẩu thuốc thú y",
            "giấy chứng nhận cơ sở an toàn dịch bệnh động vật", "giấy phép khai thác thủy sản",
            "giấy chứng nhận kiểm định kỹ thuật an toàn lao động", "giấy phép dạy thêm học thêm",
            "giấy phép hoạt động in", "giấy phép thành lập thư viện", "giấy phép bay flycam",
            "giấy phép kinh doanh dịch vụ lữ hành", "giấy chứng nhận cơ sở lưu trú du lịch",
            "giấy phép hoạt động tôn giáo", "giấy phép tổ chức biểu diễn nghệ thuật", "giấy phép cho thuê lại lao động",
            "giấy phép hoạt động dịch vụ việc làm", "giấy chứng nhận đăng ký hoạt động khoa học công nghệ",
            "giấy phép tiến hành công việc bức xạ", "giấy phép chặt hạ cây xanh đô thị",
            "giấy phép đào đường lắp đặt công trình ngầm", "giấy phép sử dụng tần số vô tuyến điện",
            "giấy chứng nhận đủ điều kiện kinh doanh xăng dầu"};
    private static final String[] FOR = {"", " cho tổ chức", " cho cá nhân", " có yếu tố nước ngoài",
            " đối với doanh nghiệp nhỏ và vừa"};

    private BenchmarkCatalogue() {
    }

    static List<String> names() {
        var names = new LinkedHashSet<String>();
        for (String object : OBJECTS) {
            for (String action : ACTIONS) {
                for (String qualifier : FOR) {
                    names.add(action + " " + object + qualifier);
                }
            }
        }
        return new ArrayList<>(names).subList(0, 2_000);
    }

    /** Publishes the generated procedures (plus the test catalogue), 500 per transaction. */
    static void publish(Procedures procedures) {
        SearchCatalogue.publish(procedures);
        List<String> names = names();
        String[] fields = {"XD", "DD", "KCB", "ATTP", "DN", "LD", "DB"};
        String[] agencies = {SearchCatalogue.CONSTRUCTION, SearchCatalogue.ENVIRONMENT, SearchCatalogue.HEALTH,
                SearchCatalogue.SCIENCE, SearchCatalogue.PROVINCE, SearchCatalogue.COMMUNE};
        LocalDate from = LocalDate.now(WorkingCalendar.ZONE).minusDays(10);
        var batch = new ArrayList<Publication>();
        for (int i = 0; i < names.size(); i++) {
            var details = SearchCatalogue.details(names.get(i), fields[i % fields.length],
                    i % 3 == 0 ? ProcedureLevel.COMMUNE : ProcedureLevel.PROVINCE, agencies[i % agencies.length],
                    OnlineLevel.values()[i % 3], 1 + i % 30, "Nghị định " + (10 + i % 90) + "/2024/NĐ-CP");
            batch.add(new Publication(new ProcedureCode(String.format("9.%06d", i + 1)), from, details));
            if (batch.size() == 500 || i == names.size() - 1) {
                procedures.publishAll(batch, "bench");
                batch.clear();
            }
        }
    }

    /** At least 200 queries: the relevance list, and names cut, unaccented, misspelt, reordered, as typed. */
    static List<String> queries(List<String> relevanceQueries) {
        var queries = new ArrayList<>(relevanceQueries);
        var random = new Random(42);
        for (String object : OBJECTS) {
            String folded = SearchText.fold(object);
            String[] words = folded.split(" ");
            queries.add(folded);                                                   // no diacritics
            queries.add(object.substring(0, Math.min(object.length(), 12)));      // still typing
            queries.add(misspelt(folded, random));                                 // a typo
            queries.add(words[words.length - 1] + " " + words[words.length - 2] + " " + words[0]); // order changed
        }
        for (int i = 0; queries.size() < 240; i++) {
            queries.add(ACTIONS[i % ACTIONS.length].toLowerCase() + " " + SearchText.fold(OBJECTS[(i * 7) % OBJECTS.length]));
        }
        return queries;
    }

    private static String misspelt(String text, Random random) {
        char[] chars = text.toCharArray();
        int at = 1 + random.nextInt(chars.length - 3);
        char swap = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = swap;
        return new String(chars);
    }
}
