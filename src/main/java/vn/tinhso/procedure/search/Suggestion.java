package vn.tinhso.procedure.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A procedure name suggested while typing, cut into parts that matched the typed words and parts that did not,
 * so that a page can highlight the matches while escaping every part.
 *
 * @param code the procedure's code
 * @param name its name
 * @param parts the name in order, each part marked whether it matched
 */
@Schema(name = "ProcedureSuggestion", description = "Gợi ý khi gõ / a suggestion while typing")
record Suggestion(String code, String name, List<Part> parts) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A piece of the name; {@code match} when it is one of the typed words (or starts with the last one). */
    record Part(String text, boolean match) {
    }

    static Suggestion of(String code, String name, Interpretation typed) {
        List<String> words = typed.words();
        var parts = new ArrayList<Part>();
        Matcher word = WORD.matcher(name);
        int at = 0;
        while (word.find()) {
            String folded = SearchText.fold(word.group());
            if (words.stream().anyMatch(w -> folded.equals(w) || (w.length() >= 2 && folded.startsWith(w)))) {
                String gap = name.substring(at, word.start());
                add(parts, gap, gap.isBlank() && !parts.isEmpty() && parts.get(parts.size() - 1).match());
                add(parts, word.group(), true);
                at = word.end();
            }
        }
        add(parts, name.substring(at), false);
        return new Suggestion(code, name, List.copyOf(parts));
    }

    /** Appends, joining neighbours of the same kind (so that "khai sinh" is one part). */
    private static void add(List<Part> parts, String text, boolean match) {
        if (text.isEmpty()) {
            return;
        }
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).match() == match) {
            parts.set(last, new Part(parts.get(last).text() + text, match));
        } else {
            parts.add(new Part(text, match));
        }
    }
}
