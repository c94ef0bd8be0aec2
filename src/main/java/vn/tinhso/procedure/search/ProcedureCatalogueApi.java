package vn.tinhso.procedure.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.Procedures;

/** The public, read-only catalogue: search the procedures offered today and read one in full. */
@RestController
@RequestMapping(path = "/api/procedures", produces = "application/json")
@Tag(name = "Thủ tục hành chính / Procedures", description = "Danh mục thủ tục hành chính đang áp dụng (chỉ đọc)")
class ProcedureCatalogueApi {

    private final ProcedureSearch search;
    private final Procedures procedures;
    private final MessageSource messages;

    ProcedureCatalogueApi(ProcedureSearch search, Procedures procedures, MessageSource messages) {
        this.search = search;
        this.procedures = procedures;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Tìm thủ tục / search procedures",
            description = "Tìm không dấu, sai chính tả, đảo thứ tự từ, từ ngữ thường ngày (\"sổ đỏ\", \"mở quán\"); "
                    + "kết quả phù hợp nhất trước. Không có q: mọi thủ tục theo tên.")
    @ApiResponse(responseCode = "200", description = "Một trang kết quả")
    @ApiResponse(responseCode = "400", description = "Cấp hoặc mức độ trực tuyến không hợp lệ",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    SearchResults search(@ParameterObject SearchForm form) {
        return search.search(form.toQuery());
    }

    @GetMapping("/suggestions")
    @Operation(summary = "Gợi ý khi gõ / suggestions while typing",
            description = "Tối đa 8 tên thủ tục, mỗi tên chia thành các phần khớp (match) và không khớp với từ đã gõ.")
    List<Suggestion> suggestions(@Parameter(description = "Từ đang gõ / words being typed", example = "khai si")
                                 @RequestParam(defaultValue = "") String q) {
        return search.suggest(q);
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một thủ tục đang áp dụng / a procedure in force",
            description = "Phiên bản đang có hiệu lực hôm nay, đầy đủ: hồ sơ, phí, thời hạn, quy trình.")
    @ApiResponse(responseCode = "200", description = "Thủ tục")
    @ApiResponse(responseCode = "400", description = "Mã thủ tục sai định dạng",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Không có thủ tục mang mã này",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Procedure procedure(@Parameter(description = "Mã thủ tục / procedure code", example = "1.001193")
                        @PathVariable String code) {
        return procedures.current(parse(code)).orElseThrow(() -> new NotFound(
                messages.getMessage("search.procedure.what", null, LocaleContextHolder.getLocale()), code));
    }

    private static ProcedureCode parse(String code) {
        try {
            return new ProcedureCode(code);
        } catch (Refusal malformed) {
            throw new Refusal(HttpStatus.BAD_REQUEST, malformed.code(), code);
        }
    }
}
