package vn.tinhso.servicequality.dashboard;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.function.Function;

/** What the units are ranked by on the dashboard: the Decision 766 score or one of the rates. */
enum RankBy {
    /** Điểm chỉ số 766. */
    SCORE(UnitRow::indexScore),
    /** Tỷ lệ hồ sơ trực tuyến. */
    ONLINE(UnitRow::onlineRate),
    /** Tỷ lệ giải quyết đúng hạn. */
    ON_TIME(UnitRow::onTimeRate),
    /** Tỷ lệ kết quả điện tử. */
    ELECTRONIC(UnitRow::electronicResultRate),
    /** Tỷ lệ số hóa. */
    DIGITISED(UnitRow::digitisedRate),
    /** Tỷ lệ hài lòng. */
    SATISFACTION(UnitRow::satisfactionRate);

    private final Function<UnitRow, BigDecimal> value;

    RankBy(Function<UnitRow, BigDecimal> value) {
        this.value = value;
    }

    BigDecimal of(UnitRow row) {
        return value.apply(row);
    }

    /** The best first; units without a value (nothing to divide by) last, by name. */
    Comparator<UnitRow> order() {
        return Comparator.comparing((UnitRow row) -> of(row) == null)
                .thenComparing(row -> of(row) == null ? BigDecimal.ZERO : of(row), Comparator.reverseOrder())
                .thenComparing(UnitRow::name);
    }
}
