package vn.tinhso.procedure.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The everyday words of {@code procedure_search_term} ("sổ đỏ" → quyền sử dụng đất, "thủ tục" → nothing): reads
 * a typed text into an {@link Interpretation}, longest everyday phrase first.
 */
@Component
class EverydayWords {

    /** Folded phrase as words, with its folded meanings (none: a filler). */
    private record Term(List<String> phrase, List<List<String>> meanings) {
    }

    private static final int MAX_WORDS = 16;

    private final JdbcClient jdbc;
    private volatile List<Term> terms;

    EverydayWords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Interpretation read(String typed) {
        List<String> words = SearchText.words(typed);
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
        }
        var pieces = new ArrayList<Interpretation.Piece>();
        boolean lastIsTyped = false;
        for (int i = 0; i < words.size(); ) {
            Term term = longestAt(words, i);
            if (term == null) {
                pieces.add(Interpretation.Piece.word(words.get(i)));
                lastIsTyped = true;
                i++;
            } else {
                if (!term.meanings().isEmpty()) {
                    pieces.add(new Interpretation.Piece(term.meanings()));
                }
                lastIsTyped = false;
                i += term.phrase().size();
            }
        }
        boolean stillTyping = typed != null && !typed.isEmpty() && Character.isLetterOrDigit(typed.charAt(typed.length() - 1));
        return new Interpretation(pieces, lastIsTyped && stillTyping);
    }

    private Term longestAt(List<String> words, int start) {
        for (Term term : terms()) {
            int size = term.phrase().size();
            if (start + size <= words.size() && words.subList(start, start + size).equals(term.phrase())) {
                return term;
            }
        }
        return null;
    }

    /** The terms, longest phrase first; read once, the table changes only with a migration. */
    private List<Term> terms() {
        List<Term> known = terms;
        if (known == null) {
            known = load();
            terms = known;
        }
        return known;
    }

    private List<Term> load() {
        Map<List<String>, List<List<String>>> byPhrase = new LinkedHashMap<>();
        jdbc.sql("SELECT phrase, meaning FROM procedure_search_term ORDER BY phrase, meaning").query(rs -> {
            var meanings = byPhrase.computeIfAbsent(SearchText.words(rs.getString("phrase")), phrase -> new ArrayList<>());
            List<String> meaning = SearchText.words(rs.getString("meaning"));
            if (!meaning.isEmpty()) {
                meanings.add(meaning);
            }
        });
        return byPhrase.entrySet().stream().map(entry -> new Term(entry.getKey(), List.copyOf(entry.getValue())))
                .sorted(Comparator.comparingInt((Term term) -> term.phrase().size()).reversed())
                .toList();
    }
}
