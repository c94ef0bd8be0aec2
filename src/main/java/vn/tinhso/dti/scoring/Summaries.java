package vn.tinhso.dti.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sentence a provincial newspaper writes about a unit's DTI result ("Hải Dương xếp thứ 13/63, tăng 1 bậc so
 * với năm 2021; 3 chỉ số chính tụt hạng: Nhận thức số, Thể chế số, Hạ tầng số; …").
 */
final class Summaries {

    private Summaries() {
    }

    static String of(Comparison comparison, String unit, String name, int previousYear, Locale locale) {
        Change change = comparison.change(unit).orElseThrow(() ->
                new RefusedAnswer("dti.scoring.answer.unknown-unit", unit));
        Movement total = change.total();
        String year = String.valueOf(previousYear);
        var text = new StringBuilder();
        if (total.rank() == null) {
            return Texts.text(locale, "dti.scoring.summary.unranked", name, total.value().toPlainString()) + ".";
        }
        text.append(Texts.text(locale, "dti.scoring.summary.rank", name, String.valueOf(total.rank()),
                String.valueOf(comparison.current().rankedCount())));
        Integer places = total.rankChange();
        if (places != null) {
            if (places > 0) {
                text.append(Texts.text(locale, "dti.scoring.summary.up", places, year));
            } else if (places < 0) {
                text.append(Texts.text(locale, "dti.scoring.summary.down", -places, year));
            } else {
                text.append(Texts.text(locale, "dti.scoring.summary.same", year));
            }
            List<String> fell = names(comparison, change.mainIndices(), -1);
            List<String> rose = names(comparison, change.mainIndices(), 1);
            if (!fell.isEmpty()) {
                text.append(Texts.text(locale, "dti.scoring.summary.indices-down", fell.size(), String.join(", ", fell)));
            }
            if (!rose.isEmpty()) {
                text.append(Texts.text(locale, "dti.scoring.summary.indices-up", rose.size(), String.join(", ", rose)));
            }
        } else {
            text.append(Texts.text(locale, "dti.scoring.summary.no-previous", year));
        }
        return text.append('.').toString();
    }

    /** Names of the main indices whose rank moved in that direction, in framework order. */
    private static List<String> names(Comparison comparison, Map<String, Movement> movements, int direction) {
        Framework framework = comparison.current().framework();
        return movements.entrySet().stream()
                .filter(entry -> entry.getValue().rankChange() != null
                        && Integer.signum(entry.getValue().rankChange()) == direction)
                .map(entry -> framework.mainIndex(entry.getKey()).map(MainIndex::name).orElse(entry.getKey()))
                .toList();
    }
}
