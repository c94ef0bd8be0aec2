package vn.tinhso.procedure;

import java.util.List;

/**
 * The vocabulary {@link CatalogueGenerator} builds procedure names from: for each field, the things its procedures
 * are about (permits, certificates, registrations, …) and the qualifiers that tell similar procedures apart, in
 * the wording of the national database of administrative procedures. Names built from it read like real ones,
 * e.g. "Gia hạn giấy phép khai thác nước dưới đất đối với công trình có quy mô nhỏ".
 */
final class CatalogueTopics {

    private CatalogueTopics() {
    }

    /** How a kind of object is turned into procedure names; {@code %s} is the object. */
    enum Pattern {
        /** A permit: granted, granted again, extended, adjusted, exchanged. */
        PERMIT("Cấp %s", "Cấp lại %s", "Gia hạn %s", "Điều chỉnh %s", "Cấp đổi %s"),
        /** A certificate: issued, issued again, exchanged, its content adjusted. */
        CERTIFICATE("Cấp %s", "Cấp lại %s", "Cấp đổi %s", "Điều chỉnh nội dung %s"),
        /** Something registered, then changed. */
        REGISTRATION("Đăng ký %s", "Đăng ký thay đổi nội dung đăng ký %s"),
        /** A civil-status event (Luật Hộ tịch 2014). */
        CIVIL_STATUS("Đăng ký %s", "Đăng ký lại %s", "Ghi vào Sổ hộ tịch việc %s"),
        /** A status the authority recognises. */
        RECOGNITION("Công nhận %s", "Công nhận lại %s", "Thu hồi quyết định công nhận %s"),
        /** A plan or report the authority appraises or approves. */
        APPRAISAL("Thẩm định %s", "Thẩm định điều chỉnh %s", "Phê duyệt %s", "Phê duyệt điều chỉnh %s"),
        /** A social benefit. */
        BENEFIT("Giải quyết %s", "Điều chỉnh, thôi hưởng %s"),
        /** A change a business only notifies. */
        NOTICE("Thông báo %s");

        final List<String> verbs;

        Pattern(String... verbs) {
            this.verbs = List.of(verbs);
        }
    }

    /** An object of procedures and how its names are built. */
    record Subject(Pattern pattern, String object) {
    }

    /**
     * A field's vocabulary.
     *
     * @param field the field (lĩnh vực)
     * @param level who settles its procedures
     * @param agencyCodes the demo agencies implementing them (organization/demo-agencies.csv)
     * @param applicants who files them
     * @param legalBasis the main law of the field
     * @param qualifiers phrases appended to tell similar procedures apart
     * @param subjects the objects of its procedures
     */
    record Topic(Field field, ProcedureLevel level, List<String> agencyCodes, List<Applicant> applicants,
                 String legalBasis, List<String> qualifiers, List<Subject> subjects) {
    }

    private static final List<String> WARDS = List.of("525.00.00.H26", "507.00.00.H26");
    private static final List<Applicant> BOTH = List.of(Applicant.CITIZEN, Applicant.BUSINESS);
    private static final List<Applicant> CITIZENS = List.of(Applicant.CITIZEN);
    private static final List<Applicant> BUSINESSES = List.of(Applicant.BUSINESS);

    static final List<Topic> ALL = List.of(
            province("TNN", "Tài nguyên nước", "000.17.00.H26", BOTH, "Luật Tài nguyên nước 2023",
                    List.of("đối với công trình có quy mô nhỏ", "đối với tổ chức", "đối với cá nhân",
                            "thuộc thẩm quyền cấp tỉnh", "đối với công trình đã vận hành"),
                    permit("giấy phép khai thác, sử dụng nước mặt"), permit("giấy phép khai thác nước dưới đất"),
                    permit("giấy phép thăm dò nước dưới đất"), permit("giấy phép xả nước thải vào nguồn nước"),
                    permit("giấy phép hành nghề khoan nước dưới đất"), registration("khai thác nước dưới đất")),
            province("MT", "Môi trường", "000.17.00.H26", BUSINESSES, "Luật Bảo vệ môi trường 2020",
                    List.of("đối với dự án đầu tư nhóm II", "đối với cơ sở sản xuất, kinh doanh, dịch vụ",
                            "đối với khu công nghiệp", "đối với dự án trên địa bàn hai xã trở lên",
                            "đối với cơ sở trong cụm công nghiệp"),
                    permit("giấy phép môi trường"), permit("giấy phép môi trường thành phần"),
                    appraisal("báo cáo đánh giá tác động môi trường"),
                    appraisal("phương án cải tạo, phục hồi môi trường"), registration("môi trường")),
            province("TT", "Trồng trọt", "000.17.00.H26", BOTH, "Luật Trồng trọt 2018",
                    List.of("đối với tổ chức", "đối với cá nhân", "đối với cơ sở sản xuất quy mô nhỏ",
                            "trên địa bàn thành phố", "đối với hợp tác xã"),
                    certificate("Giấy chứng nhận đủ điều kiện buôn bán phân bón"),
                    certificate("Giấy chứng nhận đủ điều kiện sản xuất phân bón"), recognition("cây đầu dòng"),
                    recognition("vườn cây đầu dòng"), recognition("tiến bộ kỹ thuật"),
                    registration("mã số vùng trồng")),
            province("TY", "Thú y", "000.17.00.H26", BOTH, "Luật Thú y 2015",
                    List.of("đối với cơ sở chăn nuôi", "đối với tổ chức", "đối với cá nhân",
                            "đối với cơ sở sơ chế, chế biến", "đối với cơ sở giết mổ"),
                    certificate("Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y"),
                    certificate("Giấy chứng nhận cơ sở an toàn dịch bệnh động vật"),
                    certificate("Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh"),
                    permit("chứng chỉ hành nghề thú y")),
            province("TS", "Thủy sản", "000.17.00.H26", BOTH, "Luật Thủy sản 2017",
                    List.of("đối với tàu cá có chiều dài từ 12 mét đến dưới 15 mét",
                            "đối với tàu cá có chiều dài từ 15 mét trở lên", "đối với tổ chức", "đối với cá nhân",
                            "đối với hợp tác xã nghề cá"),
                    permit("giấy phép khai thác thủy sản"), certificate("Giấy chứng nhận an toàn kỹ thuật tàu cá"),
                    certificate("Giấy chứng nhận cơ sở đủ điều kiện nuôi trồng thủy sản"), registration("tàu cá"),
                    registration("nuôi trồng thủy sản lồng bè")),
            province("DL", "Du lịch", "000.23.00.H26", BOTH, "Luật Du lịch 2017",
                    List.of("trên địa bàn thành phố", "tại khu du lịch", "tại điểm du lịch", "cho cơ sở ven biển", "tại khu vực đảo"),
                    permit("giấy phép kinh doanh dịch vụ lữ hành nội địa"),
                    certificate("thẻ hướng dẫn viên du lịch nội địa"), certificate("thẻ hướng dẫn viên du lịch tại điểm"),
                    recognition("hạng cơ sở lưu trú du lịch"), recognition("điểm du lịch"),
                    recognition("khu du lịch cấp tỉnh")),
            province("TDTT", "Thể dục, thể thao", "000.23.00.H26", BOTH, "Luật Thể dục, thể thao 2006 (sửa đổi 2018)",
                    List.of("đối với môn bơi, lặn", "đối với môn võ thuật", "đối với môn thể dục thể hình và fitness",
                            "đối với môn bóng đá", "đối với môn quần vợt"),
                    certificate("Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao"),
                    permit("giấy phép tổ chức giải thi đấu thể thao"),
                    registration("tổ chức giải thi đấu thể thao quần chúng"),
                    recognition("câu lạc bộ thể thao cơ sở")),
            province("GDNN", "Giáo dục nghề nghiệp", "000.21.00.H26", BUSINESSES, "Luật Giáo dục nghề nghiệp 2014",
                    List.of("đối với trường trung cấp", "đối với trung tâm giáo dục nghề nghiệp", "đối với doanh nghiệp",
                            "đối với trường trung cấp có vốn đầu tư nước ngoài",
                            "đối với trường trung cấp tư thục"),
                    certificate("Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp"),
                    registration("hoạt động liên kết đào tạo với nước ngoài"),
                    recognition("hiệu trưởng trường trung cấp"), appraisal("đề án thành lập trường trung cấp")),
            province("GDDT", "Giáo dục và Đào tạo", "000.21.00.H26", BOTH, "Luật Giáo dục 2019",
                    List.of("đối với trường trung học phổ thông", "đối với trường phổ thông có nhiều cấp học",
                            "đối với trung tâm ngoại ngữ, tin học", "đối với cơ sở giáo dục có vốn đầu tư nước ngoài",
                            "đối với trung tâm giáo dục thường xuyên"),
                    permit("giấy phép hoạt động giáo dục"), permit("giấy phép tổ chức hoạt động dạy thêm, học thêm"),
                    recognition("trường đạt chuẩn quốc gia"), recognition("trường đạt kiểm định chất lượng giáo dục"),
                    appraisal("đề án thành lập trường tư thục")),
            province("KCB", "Khám bệnh, chữa bệnh", "000.19.00.H26", BOTH, "Luật Khám bệnh, chữa bệnh 2023",
                    List.of("đối với phòng khám đa khoa", "đối với phòng khám chuyên khoa", "đối với bệnh viện",
                            "đối với trạm y tế xã", "đối với phòng chẩn trị y học cổ truyền"),
                    permit("giấy phép hoạt động khám bệnh, chữa bệnh"), certificate("Giấy chứng nhận lương y"),
                    certificate("Giấy chứng nhận bài thuốc gia truyền"), appraisal("danh mục kỹ thuật chuyên môn")),
            province("DUOC", "Dược", "000.19.00.H26", BOTH, "Luật Dược 2016 (sửa đổi 2024)",
                    List.of("đối với nhà thuốc", "đối với quầy thuốc", "đối với cơ sở bán buôn thuốc",
                            "đối với tủ thuốc trạm y tế xã", "đối với cơ sở bán lẻ dược liệu"),
                    certificate("Giấy chứng nhận đủ điều kiện kinh doanh dược"), permit("chứng chỉ hành nghề dược"),
                    recognition("cơ sở đạt Thực hành tốt phân phối thuốc (GDP)"),
                    recognition("cơ sở đạt Thực hành tốt cơ sở bán lẻ thuốc (GPP)")),
            province("ATTP", "An toàn thực phẩm", "000.19.00.H26", BOTH, "Luật An toàn thực phẩm 2010",
                    List.of("đối với cơ sở sản xuất thực phẩm bảo vệ sức khỏe", "đối với bếp ăn tập thể",
                            "đối với cơ sở kinh doanh dịch vụ ăn uống", "đối với cơ sở sản xuất nước uống đóng chai",
                            "đối với cơ sở sản xuất nước đá dùng liền"),
                    certificate("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"),
                    certificate("Giấy xác nhận nội dung quảng cáo thực phẩm"),
                    registration("bản công bố sản phẩm thực phẩm")),
            province("XD", "Hoạt động xây dựng", "000.15.00.H26", BOTH, "Luật Xây dựng 2014 (sửa đổi 2020)",
                    List.of("đối với công trình cấp III", "đối với công trình theo tuyến",
                            "đối với công trình tín ngưỡng, tôn giáo", "đối với công trình quảng cáo", "đối với công trình hạ tầng kỹ thuật"),
                    permit("giấy phép xây dựng"), permit("giấy phép di dời công trình"),
                    permit("giấy phép xây dựng có thời hạn"),
                    appraisal("báo cáo nghiên cứu khả thi đầu tư xây dựng"),
                    appraisal("thiết kế xây dựng triển khai sau thiết kế cơ sở")),
            province("CCXD", "Chứng chỉ hoạt động xây dựng", "000.15.00.H26", BOTH, "Nghị định 175/2024/NĐ-CP",
                    List.of("hạng I", "hạng II", "hạng III", "do thay đổi thông tin", "do hết hạn"),
                    permit("chứng chỉ năng lực hoạt động xây dựng"), permit("chứng chỉ hành nghề hoạt động xây dựng"),
                    permit("chứng chỉ hành nghề kiến trúc")),
            province("NO", "Nhà ở", "000.15.00.H26", BOTH, "Luật Nhà ở 2023",
                    List.of("đối với nhà ở xã hội", "đối với nhà ở thương mại", "đối với nhà ở công vụ",
                            "đối với nhà ở phục vụ tái định cư", "đối với nhà ở cho lực lượng vũ trang"),
                    appraisal("chủ trương đầu tư dự án xây dựng nhà ở"), recognition("chủ đầu tư dự án xây dựng nhà ở"),
                    certificate("Giấy xác nhận đối tượng được hưởng chính sách hỗ trợ về nhà ở")),
            commune("DD", "Đất đai", BOTH, "Luật Đất đai 2024",
                    List.of("đối với hộ gia đình, cá nhân", "đối với tổ chức", "đối với cộng đồng dân cư",
                            "đối với người Việt Nam định cư ở nước ngoài",
                            "đối với cơ sở tôn giáo"),
                    registration("biến động đất đai, tài sản gắn liền với đất"), registration("đất đai lần đầu"),
                    appraisal("phương án sử dụng đất"), appraisal("hồ sơ giao đất, cho thuê đất"),
                    certificate("Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất")),
            commune("HT", "Hộ tịch", CITIZENS, "Luật Hộ tịch 2014",
                    List.of("có yếu tố nước ngoài", "lưu động", "cho người Việt Nam định cư ở nước ngoài",
                            "tại khu vực biên giới", "cho người đã có hồ sơ, giấy tờ cá nhân"),
                    civilStatus("khai sinh"), civilStatus("kết hôn"), civilStatus("khai tử"), civilStatus("giám hộ"),
                    civilStatus("nhận cha, mẹ, con"), civilStatus("chấm dứt giám hộ")),
            province("DN", "Thành lập và hoạt động doanh nghiệp", "000.09.00.H26", BUSINESSES,
                    "Nghị định 168/2025/NĐ-CP",
                    List.of("của công ty trách nhiệm hữu hạn một thành viên",
                            "của công ty trách nhiệm hữu hạn hai thành viên trở lên", "của công ty cổ phần",
                            "của công ty hợp danh", "của doanh nghiệp tư nhân"),
                    notice("tạm ngừng kinh doanh"), notice("thay đổi ngành, nghề kinh doanh"),
                    notice("lập địa điểm kinh doanh"), notice("chấm dứt hoạt động chi nhánh"),
                    registration("hoạt động chi nhánh"), registration("hoạt động văn phòng đại diện")),
            province("VL", "Việc làm", "000.20.00.H26", BUSINESSES, "Bộ luật Lao động 2019",
                    List.of("đối với doanh nghiệp trong khu công nghiệp", "đối với doanh nghiệp ngoài khu công nghiệp",
                            "đối với tổ chức phi chính phủ nước ngoài", "đối với văn phòng đại diện", "đối với nhà thầu nước ngoài"),
                    permit("giấy phép lao động"), permit("giấy phép hoạt động dịch vụ việc làm"),
                    permit("giấy phép hoạt động cho thuê lại lao động"),
                    certificate("Giấy xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động")),
            province("NCC", "Người có công", "000.20.00.H26", CITIZENS, "Pháp lệnh Ưu đãi người có công với cách mạng 2020",
                    List.of("đang hưởng trợ cấp hằng tháng", "cư trú tại thành phố", "chuyển đến từ tỉnh khác",
                            "đã từ trần", "hưởng trợ cấp một lần"),
                    benefit("chế độ ưu đãi đối với thân nhân liệt sĩ"), benefit("chế độ ưu đãi đối với thương binh"),
                    benefit("trợ cấp mai táng đối với người có công với cách mạng"),
                    benefit("chế độ điều dưỡng phục hồi sức khỏe"),
                    benefit("trợ cấp ưu đãi giáo dục đối với con của người có công")),
            commune("BTXH", "Bảo trợ xã hội", CITIZENS, "Nghị định 20/2021/NĐ-CP",
                    List.of("đối với người cao tuổi", "đối với người khuyết tật", "đối với trẻ em mồ côi",
                            "đối với hộ nghèo, hộ cận nghèo", "đối với người đơn thân nuôi con"),
                    benefit("trợ cấp xã hội hằng tháng"), benefit("hỗ trợ chi phí mai táng"),
                    benefit("trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở"),
                    benefit("hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng")),
            province("VH", "Văn hóa", "000.23.00.H26", BOTH, "Luật Di sản văn hóa 2024",
                    List.of("trên địa bàn thành phố", "cho tổ chức", "cho cá nhân", "tại khu du lịch", "tại cơ sở lưu trú du lịch"),
                    certificate("Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke"),
                    certificate("Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường"),
                    appraisal("dự án tu bổ, phục hồi di tích"), recognition("bảo vật, di vật cấp tỉnh")));

    private static Topic province(String code, String name, String agency, List<Applicant> applicants, String law,
                                  List<String> qualifiers, Subject... subjects) {
        return new Topic(new Field(code, name), ProcedureLevel.PROVINCE, List.of(agency), applicants, law, qualifiers,
                List.of(subjects));
    }

    private static Topic commune(String code, String name, List<Applicant> applicants, String law,
                                 List<String> qualifiers, Subject... subjects) {
        return new Topic(new Field(code, name), ProcedureLevel.COMMUNE, WARDS, applicants, law, qualifiers,
                List.of(subjects));
    }

    private static Subject permit(String object) {
        return new Subject(Pattern.PERMIT, object);
    }

    private static Subject certificate(String object) {
        return new Subject(Pattern.CERTIFICATE, object);
    }

    private static Subject registration(String object) {
        return new Subject(Pattern.REGISTRATION, object);
    }

    private static Subject civilStatus(String object) {
        return new Subject(Pattern.CIVIL_STATUS, object);
    }

    private static Subject recognition(String object) {
        return new Subject(Pattern.RECOGNITION, object);
    }

    private static Subject appraisal(String object) {
        return new Subject(Pattern.APPRAISAL, object);
    }

    private static Subject benefit(String object) {
        return new Subject(Pattern.BENEFIT, object);
    }

    private static Subject notice(String object) {
        return new Subject(Pattern.NOTICE, object);
    }
}
