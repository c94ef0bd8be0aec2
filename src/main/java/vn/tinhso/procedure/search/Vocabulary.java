package vn.tinhso.procedure.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.tinhso.procedure.ProcedurePublished;

/**
 * The words of the catalogue (folded names and everyday keywords of the procedures in force), kept in memory to
 * correct typos before searching: a typed word the catalogue does not know is replaced by the closest word it
 * does know, one edit away for words of four or five letters and two for longer ones (insertion, deletion, substitution,
 * or two neighbouring letters swapped). Corrected words go back to the fast full-text step, so that only what
 * is still unknown reaches the slower trigram comparison.
 */
@Component
class Vocabulary {

    private final JdbcClient jdbc;
    private volatile Map<String, Integer> counts;

    Vocabulary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The interpretation with unknown single words corrected; the same instance when nothing changes. */
    Interpretation corrected(Interpretation typed) {
        Map<String, Integer> words = words();
        boolean changed = false;
        var pieces = new ArrayList<Interpretation.Piece>();
        for (int i = 0; i < typed.pieces().size(); i++) {
            Interpretation.Piece piece = typed.pieces().get(i);
            boolean lastTyped = typed.prefix() && i == typed.pieces().size() - 1;
            String word = piece.single() ? piece.alternatives().get(0).get(0) : null;
            String better = word == null || known(word, lastTyped, words) ? null : closest(word, words);
            pieces.add(better == null ? piece : Interpretation.Piece.word(better));
            changed |= better != null;
        }
        return changed ? new Interpretation(List.copyOf(pieces), false) : typed;
    }

    /** Whether the catalogue knows every word asked for (then comparing trigrams cannot find anything better). */
    boolean knowsEveryWord(Interpretation typed) {
        Map<String, Integer> words = words();
        for (int i = 0; i < typed.pieces().size(); i++) {
            boolean lastTyped = typed.prefix() && i == typed.pieces().size() - 1;
            for (var alternative : typed.pieces().get(i).alternatives()) {
                for (String word : alternative) {
                    if (!known(word, lastTyped, words)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The pieces made of the catalogue's rarest words, at most {@code count} of them: what best tells one
     * procedure from the others when no procedure has every word ("giấy phép" is in hundreds of names, "ngầm" in
     * a few). Empty when no single word is known.
     */
    Interpretation rarest(Interpretation typed, int count) {
        Map<String, Integer> words = words();
        var pieces = typed.pieces().stream()
                .filter(piece -> !piece.single() || words.containsKey(piece.alternatives().get(0).get(0)))
                .sorted(java.util.Comparator.comparing(piece -> piece.single()
                        ? words.get(piece.alternatives().get(0).get(0)) : 0)) // an everyday phrase says most
                .limit(count).toList();
        return new Interpretation(pieces, false);
    }

    /** The typed words the catalogue does not know, then its two rarest known ones: what trigrams should compare. */
    String fuzzyPart(Interpretation typed) {
        Map<String, Integer> words = words();
        var part = new ArrayList<String>();
        typed.words().stream().filter(word -> !words.containsKey(word)).forEach(part::add);
        rarest(typed, 2).words().stream().filter(words::containsKey).forEach(part::add);
        return String.join(" ", part);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ProcedurePublished published) {
        forget();
    }

    /** Read the words again at the next search (after the search rows were rebuilt). */
    void forget() {
        counts = null;
    }

    private static boolean known(String word, boolean stillTyping, Map<String, Integer> words) {
        return words.containsKey(word)
                || stillTyping && words.keySet().stream().anyMatch(candidate -> candidate.startsWith(word));
    }

    private static String closest(String word, Map<String, Integer> words) {
        if (word.length() <= 3) {
            return null; // too short to tell a typo from another word
        }
        int allowed = word.length() <= 5 ? 1 : 2;
        String best = null;
        int bestDistance = allowed + 1;
        for (var candidate : words.entrySet()) {
            String other = candidate.getKey();
            if (Math.abs(other.length() - word.length()) > allowed) {
                continue;
            }
            int distance = distance(word, other, bestDistance);
            if (distance < bestDistance || distance == bestDistance && best != null
                    && candidate.getValue() > words.get(best)) {
                best = other;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /** Optimal string alignment distance, giving up (answering {@code limit + 1}) once it must exceed the limit. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMinimum = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMinimum = Math.min(rowMinimum, d[i][j]);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    private Map<String, Integer> words() {
        Map<String, Integer> words = counts;
        if (words == null) {
            words = jdbc.sql("""
                    SELECT word, count(*) AS uses
                    FROM procedure_search, regexp_split_to_table(document, '\\s+') AS word
                    WHERE word <> '' GROUP BY word
                    """)
                    .query((rs, row) -> Map.entry(rs.getString("word"), rs.getInt("uses")))
                    .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
            counts = words;
        }
        return words;
    }
}
