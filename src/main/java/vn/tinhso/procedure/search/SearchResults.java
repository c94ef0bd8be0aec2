package vn.tinhso.procedure.search;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of results, best first.
 *
 * @param items the procedures on this page
 * @param page the page number, from 1
 * @param size the page size asked for (at most 100)
 * @param total how many procedures match in all
 */
@Schema(name = "ProcedurePage", description = "Một trang kết quả / one page of results")
record SearchResults(List<ProcedureSummary> items, int page, int size, long total) {

    /** Number of pages, at least 1. */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
