package vn.tinhso.dossier;

import java.util.ArrayList;

import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.Result;

/**
 * Where and how the applicant gets the result, as the receipt states it: an electronic result in their account on
 * the public service portal, a paper one at the desk or, for a dossier that came by post, by public post
 * (Nghị định 42/2022/NĐ-CP Art. 11; Quyết định 45/2016/QĐ-TTg on public postal services).
 */
final class ResultReturn {

    private ResultReturn() {
    }

    static String describe(Procedure procedure, Channel channel, String agencyName, String portalUrl) {
        Result result = procedure.details().result();
        var ways = new ArrayList<String>();
        if (result.forms().contains(Result.Form.ELECTRONIC)) {
            ways.add("bản điện tử trong tài khoản của người nộp trên Cổng dịch vụ công " + portalUrl);
        }
        if (result.forms().contains(Result.Form.PAPER)) {
            ways.add(channel == Channel.POSTAL
                    ? "bản giấy gửi qua dịch vụ bưu chính công ích đến địa chỉ của người nộp"
                    : "bản giấy nhận trực tiếp tại Bộ phận tiếp nhận và trả kết quả - " + agencyName);
        }
        return result.name() + ": " + String.join("; ", ways) + ".";
    }
}
