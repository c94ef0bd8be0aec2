package vn.tinhso.procedure.search;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.tinhso.procedure.Field;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.ProcessingTime;

/**
 * A procedure as a search result lists it.
 *
 * @param code national code, e.g. 1.001193
 * @param name e.g. Đăng ký khai sinh
 * @param field the field (lĩnh vực)
 * @param level the level of government that settles it
 * @param onlineLevel full-process (toàn trình), partial (một phần) or not online
 * @param agencies identifier codes of the agencies that implement it
 * @param processingTime the legal time to settle it
 * @param totalFees fees and charges together, in đồng
 * @param onNationalPortal whether it is offered on the national public service portal
 */
@Schema(name = "ProcedureSummary", description = "Một thủ tục trong kết quả tìm kiếm / a procedure in search results")
record ProcedureSummary(String code, String name, Field field, ProcedureLevel level, OnlineLevel onlineLevel,
                        List<String> agencies, ProcessingTime processingTime, long totalFees,
                        boolean onNationalPortal) {
}
