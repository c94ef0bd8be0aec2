package vn.tinhso.dti.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The national DTI results of a year as the ministry published them: one row per province with its main-index
 * values 0–1.
 *
 * @param frameworkCode the framework the values are under, e.g. {@code 922-province}
 * @param source where the figures come from (the decision or report that published them)
 * @param illustrative true for demo figures, which pages label as such
 */
public record NationalTable(int year, String frameworkCode, String source, boolean illustrative, String importedBy,
                            Instant importedAt, List<Row> rows) {

    public NationalTable {
        rows = List.copyOf(rows);
    }

    /**
     * A province's line.
     *
     * @param provinceCode the GSO code of the province (2 digits), e.g. {@code 30} for Hải Dương
     * @param values main-index code → value 0–1
     */
    public record Row(String provinceCode, String provinceName, Map<String, BigDecimal> values) {

        public Row {
            values = Map.copyOf(values);
        }
    }
}
