package vn.tinhso.procedure.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the search compares it. Same rules as the SQL function {@code search_fold} (V7 migration): lower
 * case, no diacritics, đ as d, i for a y after a consonant (kỳ = kì), anything else than letters and digits as a single space.
 */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern Y_AFTER_CONSONANT = Pattern.compile("([bcdfghklmnpqrstvx])y");

    private SearchText() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'd').toLowerCase(Locale.ROOT);
        String iForY = Y_AFTER_CONSONANT.matcher(bare).replaceAll("$1i");
        return NOT_WORD.matcher(iForY).replaceAll(" ").strip();
    }

    static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
