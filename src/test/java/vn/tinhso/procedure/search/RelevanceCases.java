package vn.tinhso.procedure.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The queries of {@code procedure/search-relevance.csv}, each with the procedure expected in the top 3. */
record RelevanceCases(List<Case> cases) {

    static final int TOP = 3;

    record Case(String query, String expected) {
    }

    /** The cases whose expected code is not among the first {@value #TOP} codes the engine returns. */
    record Score(int hits, int total, List<String> misses) {

        double rate() {
            return total == 0 ? 0 : (double) hits / total;
        }
    }

    static RelevanceCases load() throws IOException {
        try (InputStream in = RelevanceCases.class.getResourceAsStream("/procedure/search-relevance.csv")) {
            var cases = new ArrayList<Case>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("query,")) {
                    continue;
                }
                int comma = line.lastIndexOf(',');
                cases.add(new Case(line.substring(0, comma).strip(), line.substring(comma + 1).strip()));
            }
            return new RelevanceCases(List.copyOf(cases));
        }
    }

    Score score(Function<String, List<String>> engine) {
        int hits = 0;
        var misses = new ArrayList<String>();
        for (Case c : cases) {
            List<String> top = engine.apply(c.query());
            top = top.subList(0, Math.min(TOP, top.size()));
            if (top.contains(c.expected())) {
                hits++;
            } else {
                misses.add("'" + c.query() + "' expected " + c.expected() + ", got " + top);
            }
        }
        return new Score(hits, cases.size(), misses);
    }
}
