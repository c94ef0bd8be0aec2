package vn.tinhso.procedure.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a typed text asks for, once folded and with everyday words replaced by the catalogue's words: a sequence
 * of pieces, each a choice between alternatives, each alternative a list of words that must all appear.
 *
 * @param pieces what must appear, in the order typed
 * @param prefix whether the last word may be unfinished (the citizen is still typing it)
 */
record Interpretation(List<Piece> pieces, boolean prefix) {

    /** Words that must all appear, or one of several such lists. */
    record Piece(List<List<String>> alternatives) {

        static Piece word(String word) {
            return new Piece(List.of(List.of(word)));
        }

        boolean single() {
            return alternatives.size() == 1 && alternatives.get(0).size() == 1;
        }
    }

    boolean empty() {
        return pieces.isEmpty();
    }

    /** The text as the catalogue would say it (first meaning of each everyday phrase), e.g. {@code dang ki khai sinh}. */
    String phrase() {
        return pieces.stream().map(piece -> String.join(" ", piece.alternatives().get(0))).collect(Collectors.joining(" "));
    }

    /** Every word, once: what trigram similarity compares and what the suggestions highlight. */
    List<String> words() {
        var words = new LinkedHashSet<String>();
        pieces.forEach(piece -> piece.alternatives().forEach(words::addAll));
        return new ArrayList<>(words);
    }

    /** A {@code tsquery} text requiring every piece; with {@code weight} "A", only in the name. */
    String tsquery(String weight) {
        return tsquery(weight, " & ");
    }

    /** A {@code tsquery} text satisfied by any one piece: the fallback when nothing has every piece. */
    String anyPiece() {
        return tsquery("", " | ");
    }

    private String tsquery(String weight, String between) {
        var parts = new ArrayList<String>();
        for (int i = 0; i < pieces.size(); i++) {
            boolean last = prefix && i == pieces.size() - 1 && pieces.get(i).single();
            String marks = (last ? ":*" : weight.isEmpty() ? "" : ":") + weight;
            parts.add(pieces.get(i).alternatives().stream()
                    .map(words -> words.stream().map(word -> word + marks).collect(Collectors.joining(" & ")))
                    .collect(Collectors.joining(" | ", "(", ")")));
        }
        return String.join(between, parts);
    }
}
