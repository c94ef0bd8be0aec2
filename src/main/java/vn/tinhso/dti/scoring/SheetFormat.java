package vn.tinhso.dti.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words and the small syntax of the framework workbook. They are part of the file format (the same whatever
 * the user's language), so they live here rather than in the message bundles. Rule parameters read as an
 * officer would write them: grades "CÓ=1; MỘT PHẦN=0.5; KHÔNG=0", a target "0.8" or "80%", steps (threshold =
 * points) "1=5; 2=10; 3=15; 4=20".
 */
final class SheetFormat {

    static final String FRAMEWORK_SHEET = "Bộ chỉ số";
    static final String MAIN_SHEET = "Chỉ số chính";
    static final String INDICATOR_SHEET = "Chỉ tiêu";
    static final String GUIDE_SHEET = "Hướng dẫn";

    static final List<String> FRAMEWORK_FIELDS = List.of("Mã bộ chỉ số", "Phiên bản", "Tên", "Cấp đánh giá",
            "Hiệu lực từ", "Hiệu lực đến", "Căn cứ pháp lý", "Minh họa", "Tổng điểm");
    static final List<String> MAIN_COLUMNS = List.of("Mã", "Tên chỉ số chính", "Điểm tối đa", "Trụ cột");
    static final List<String> INDICATOR_COLUMNS = List.of("Mã", "Mã chỉ số chính", "Tên chỉ tiêu", "Điểm tối đa",
            "Cách chấm", "Tham số", "Số liệu tự động", "Minh chứng yêu cầu", "Loại minh chứng", "Nguồn dữ liệu",
            "Cơ quan xác minh", "Trụ cột");

    static final Map<UnitLevel, String> LEVELS = Map.of(UnitLevel.PROVINCE, "Tỉnh", UnitLevel.DEPARTMENT,
            "Sở, ban, ngành", UnitLevel.COMMUNE, "Xã", UnitLevel.DISTRICT, "Huyện");
    static final Map<String, String> RULES = Map.of("YES_NO", "Có/Không", "RATIO", "Tỷ lệ", "CAPPED_TARGET",
            "Tỷ lệ theo mục tiêu", "STEPS", "Bảng bậc", "MANUAL", "Chấm điểm trực tiếp");
    static final String YES = "Có";
    static final String NO = "Không";

    static final String GRADES_PATTERN = "CÓ=1; MỘT PHẦN=0.5; KHÔNG=0";
    static final String TARGET_PATTERN = "0.8 hoặc 80%";
    static final String STEPS_PATTERN = "1=5; 2=10; 3=15; 4=20";

    private SheetFormat() {
    }

    static String ruleLabel(ScoringRule rule) {
        ScoringRule scored = rule instanceof ScoringRule.Automatic automatic ? automatic.inner() : rule;
        return RULES.get(typeOf(scored));
    }

    static String typeOf(ScoringRule rule) {
        if (rule instanceof ScoringRule.YesNo) {
            return "YES_NO";
        } else if (rule instanceof ScoringRule.Ratio) {
            return "RATIO";
        } else if (rule instanceof ScoringRule.CappedTarget) {
            return "CAPPED_TARGET";
        } else if (rule instanceof ScoringRule.StepTable) {
            return "STEPS";
        } else if (rule instanceof ScoringRule.Manual) {
            return "MANUAL";
        }
        return "AUTOMATIC";
    }

    /** The Tham số cell of a rule (of its inner rule, for an automatic one). */
    static String parameters(ScoringRule rule) {
        ScoringRule scored = rule instanceof ScoringRule.Automatic automatic ? automatic.inner() : rule;
        if (scored instanceof ScoringRule.YesNo yesNo) {
            return yesNo.grades().stream().map(grade -> grade.code() + "=" + plain(grade.credit()))
                    .collect(Collectors.joining("; "));
        } else if (scored instanceof ScoringRule.CappedTarget capped) {
            return plain(capped.target());
        } else if (scored instanceof ScoringRule.StepTable table) {
            return table.steps().stream().map(step -> plain(step.atLeast()) + "=" + plain(step.points()))
                    .collect(Collectors.joining("; "));
        }
        return "";
    }

    /** The rule type written in a Cách chấm cell (label or code), if known. */
    static Optional<String> ruleType(String cell) {
        String wanted = fold(cell);
        return RULES.entrySet().stream().filter(entry -> fold(entry.getKey()).equals(wanted)
                || fold(entry.getValue()).equals(wanted)).map(Map.Entry::getKey).findFirst();
    }

    static Optional<UnitLevel> level(String cell) {
        String wanted = fold(cell);
        return Arrays.stream(UnitLevel.values()).filter(level -> fold(level.name()).equals(wanted)
                || fold(LEVELS.get(level)).equals(wanted)).findFirst();
    }

    /** "a=b; c=d" as pairs of numbers, or empty when a part does not read so. */
    static Optional<List<BigDecimal[]>> pairs(String text, boolean leftIsNumber) {
        var pairs = new ArrayList<BigDecimal[]>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.lastIndexOf('=');
            if (equals < 0) {
                return Optional.empty();
            }
            Optional<BigDecimal> right = number(part.substring(equals + 1));
            Optional<BigDecimal> left = leftIsNumber ? number(part.substring(0, equals)) : Optional.of(BigDecimal.ZERO);
            if (right.isEmpty() || left.isEmpty()) {
                return Optional.empty();
            }
            pairs.add(new BigDecimal[] {left.get(), right.get()});
        }
        return pairs.isEmpty() ? Optional.empty() : Optional.of(pairs);
    }

    /** A number as an officer types it: "0.5", "0,5" or "50%". */
    static Optional<BigDecimal> number(String text) {
        String cleaned = text.strip().replace(',', '.');
        boolean percent = cleaned.endsWith("%");
        if (percent) {
            cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
        }
        try {
            BigDecimal value = new BigDecimal(cleaned);
            return Optional.of(Rules.clean(percent ? value.movePointLeft(2) : value));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    static List<String> list(String cell) {
        return Arrays.stream(cell.split("[,;]")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : Rules.clean(value).toPlainString();
    }

    private static String fold(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('_', ' ');
    }
}
