package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small frameworks and tables for hand-computed tests. */
final class Tiny {

    private Tiny() {
    }

    /** A 60, B 40, Z 0 (not counted, like DTTM); pillars P (A) and Q (B). Indicators A-1 … B-2, Z-1. */
    static Framework framework() {
        return new Framework("tiny", 1, "Tiny", UnitLevel.PROVINCE, LocalDate.of(2022, 1, 1), null, "test", true,
                new BigDecimal("100"),
                List.of(main("A", "Nhận thức số", "60", "P"), main("B", "Thể chế số", "40", "Q"), main("Z", "Đô thị thông minh", "0")),
                List.of(indicator("A-1", "A", "40", ScoringRule.YesNo.withPartialCredit()),
                        indicator("A-2", "A", "20", new ScoringRule.CappedTarget(new BigDecimal("0.5"))),
                        indicator("B-1", "B", "30", new ScoringRule.Manual()),
                        indicator("B-2", "B", "10", new ScoringRule.Ratio()),
                        indicator("Z-1", "Z", "0", ScoringRule.YesNo.plain())));
    }

    static MainIndex main(String code, String name, String points, String... pillars) {
        return new MainIndex(code, name, new BigDecimal(points), List.of(pillars));
    }

    static Indicator indicator(String code, String main, String points, ScoringRule rule) {
        return new Indicator(code, main, "Chỉ tiêu " + code, new BigDecimal(points), rule, Evidence.documents("Văn bản"),
                "Tự đánh giá", "Hội đồng", List.of());
    }

    /** Values of A and B per unit, e.g. {@code values("X", "0.5", "0.25")}. */
    static UnitResult unit(Framework framework, String unit, String a, String b) {
        return UnitResult.ranked(unit, Scoring.ofValues(framework, values(a, b)));
    }

    static Map<String, BigDecimal> values(String a, String b) {
        var values = new LinkedHashMap<String, BigDecimal>();
        values.put("A", new BigDecimal(a));
        values.put("B", new BigDecimal(b));
        return values;
    }

    /** A framework of main indices only (no indicators), each {@code code:points}. */
    static Framework structure(String... codePoints) {
        var mains = new ArrayList<MainIndex>();
        BigDecimal total = BigDecimal.ZERO;
        for (String codePoint : codePoints) {
            String[] parts = codePoint.split(":");
            mains.add(main(parts[0], "Chỉ số " + parts[0], parts[1]));
            total = total.add(new BigDecimal(parts[1]));
        }
        return new Framework("structure", 1, "Structure", UnitLevel.PROVINCE, LocalDate.of(2022, 1, 1), null, "test",
                true, total, mains, List.of());
    }
}
