package vn.tinhso.procedure.search;

import java.util.Arrays;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpStatus;

import vn.tinhso.platform.Refusal;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcedureLevel;

/**
 * The search as it arrives from the address bar, the page's form or an API client; every value optional.
 *
 * @param q what was typed
 * @param field field code
 * @param level PROVINCE, DISTRICT or COMMUNE
 * @param online FULL_PROCESS, PARTIAL or NONE
 * @param agency agency identifier code
 * @param page from 1
 * @param size results per page
 */
record SearchForm(
        @Parameter(description = "Từ khóa, có dấu hoặc không dấu / words typed, with or without diacritics",
                example = "lam giay khai sinh") String q,
        @Parameter(description = "Mã lĩnh vực / field code", example = "HT") String field,
        @Parameter(description = "Cấp thực hiện / level: PROVINCE, DISTRICT, COMMUNE", example = "COMMUNE") String level,
        @Parameter(description = "Mức độ trực tuyến / online level: FULL_PROCESS, PARTIAL, NONE",
                example = "FULL_PROCESS") String online,
        @Parameter(description = "Mã định danh cơ quan thực hiện / agency code", example = "525.00.00.H26") String agency,
        @Parameter(description = "Trang, từ 1 / page, from 1", example = "1") Integer page,
        @Parameter(description = "Số kết quả mỗi trang, tối đa 100 / page size, at most 100", example = "20") Integer size) {

    static final int DEFAULT_SIZE = 20;

    /**
     * The search to run.
     *
     * @throws Refusal 400 for a level or online level that does not exist
     */
    SearchQuery toQuery() {
        return new SearchQuery(q, field, parse(ProcedureLevel.class, level, "search.level.unknown"),
                parse(OnlineLevel.class, online, "search.online.unknown"), agency, page == null ? 1 : page,
                size == null ? DEFAULT_SIZE : size);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String refusal) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst()
                .orElseThrow(() -> new Refusal(HttpStatus.BAD_REQUEST, refusal, value));
    }
}
