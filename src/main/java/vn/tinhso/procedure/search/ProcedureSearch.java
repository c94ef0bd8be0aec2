package vn.tinhso.procedure.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.procedure.Field;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.ProcessingTime;

/**
 * Finds procedures offered today in {@code procedure_search}, in up to four steps, each only when the one
 * before found nothing: (1) every typed word (or the catalogue's words for an everyday phrase) is there, the
 * last one possibly unfinished — full-text, GIN index; (2) the same with unknown words corrected against the
 * catalogue's {@link Vocabulary}; (3) only when a word is still unknown, the name and keywords are close by
 * trigrams (typos left over); (4) some of its three rarest words are there. Ranking in (1) and (3): the name is the phrase, starts with it, contains it;
 * then every word in the name; then full-text rank; then the shorter name; ties by name. In (2): trigram
 * word similarity to the name, then to name and keywords.
 */
@Component
class ProcedureSearch {

    static final int SUGGESTIONS = 8;

    private static final String COLUMNS = """
            SELECT s.code, s.name, s.field_code, s.field_name, s.level, s.online_level, s.agency_codes,
                   s.processing_amount, s.processing_unit, s.total_fees, s.on_national_portal,
                   count(*) OVER () AS total
            FROM procedure_search s
            """;
    private static final String FILTERS = """
              AND (:field = '' OR s.field_code = :field)
              AND (:level = '' OR s.level = :level)
              AND (:online = '' OR s.online_level = :online)
              AND (:agency = '' OR :agency = ANY (s.agency_codes))
            """;
    private static final String PAGE = """
            LIMIT :size OFFSET :offset
            """;
    private static final String WORDS = COLUMNS + """
            WHERE s.words @@ to_tsquery('simple', :required)
            """ + FILTERS + """
            ORDER BY CASE WHEN s.name_folded = :phrase THEN 8
                          WHEN s.name_folded LIKE :phrase || '%' THEN 6
                          WHEN s.name_folded LIKE '% ' || :phrase || '%' THEN 5
                          ELSE 0 END
                   + CASE WHEN s.words @@ to_tsquery('simple', :named) THEN 3 ELSE 0 END DESC,
                     ts_rank(s.words, to_tsquery('simple', :required)) DESC,
                     length(s.name_folded), s.name, s.code
            """ + PAGE;
    private static final String TRIGRAMS = COLUMNS + """
            WHERE :fuzzy <% s.document
            """ + FILTERS + """
            ORDER BY 2 * word_similarity(:fuzzy, s.name_folded) + word_similarity(:fuzzy, s.document) DESC,
                     length(s.name_folded), s.name, s.code
            """ + PAGE;
    private static final String ALL = COLUMNS + "WHERE true\n" + FILTERS + "ORDER BY s.name, s.code\n" + PAGE;

    private final JdbcClient jdbc;
    private final EverydayWords everydayWords;
    private final SearchIndex index;
    private final Vocabulary vocabulary;

    ProcedureSearch(JdbcClient jdbc, EverydayWords everydayWords, SearchIndex index, Vocabulary vocabulary) {
        this.jdbc = jdbc;
        this.everydayWords = everydayWords;
        this.index = index;
        this.vocabulary = vocabulary;
    }

    SearchResults search(SearchQuery query) {
        return search(query, everydayWords.read(query.text()));
    }

    /** The first names for what is being typed, matches marked. */
    List<Suggestion> suggest(String typed) {
        Interpretation interpretation = everydayWords.read(typed);
        if (interpretation.empty()) {
            return List.of();
        }
        return search(SearchQuery.of(typed, SUGGESTIONS), interpretation).items().stream()
                .map(found -> Suggestion.of(found.code(), found.name(), interpretation)).toList();
    }

    private SearchResults search(SearchQuery query, Interpretation typed) {
        index.ensureCurrent();
        if (typed.empty()) {
            return run(ALL, query, typed, "");
        }
        SearchResults found = run(WORDS, query, typed, typed.tsquery(""));
        Interpretation corrected = found.total() == 0 ? vocabulary.corrected(typed) : typed;
        if (found.total() == 0 && corrected != typed) {
            found = run(WORDS, query, corrected, corrected.tsquery(""));
        }
        if (found.total() == 0 && !vocabulary.knowsEveryWord(corrected)) {
            found = run(TRIGRAMS, query, corrected, vocabulary.fuzzyPart(corrected));
        }
        if (found.total() == 0 && corrected.pieces().size() > 1) {
            Interpretation rare = vocabulary.rarest(corrected, 3);
            found = rare.empty() ? found : run(WORDS, query, corrected, rare.anyPiece());
        }
        return found;
    }

    private SearchResults run(String sql, SearchQuery query, Interpretation typed, String required) {
        var statement = jdbc.sql(sql)
                .param("field", query.field())
                .param("level", query.level() == null ? "" : query.level().name())
                .param("online", query.online() == null ? "" : query.online().name())
                .param("agency", query.agency())
                .param("size", query.size())
                .param("offset", query.offset());
        if (sql == WORDS) {
            statement = statement.param("required", required).param("named", typed.tsquery("A"))
                    .param("phrase", typed.phrase());
        } else if (sql == TRIGRAMS) {
            statement = statement.param("fuzzy", required);
        }
        long[] total = {0};
        List<ProcedureSummary> items = statement.query((rs, n) -> {
            total[0] = rs.getLong("total");
            return summary(rs);
        }).list();
        if (items.isEmpty() && query.page() > 1) { // past the last page: the count comes from the first
            total[0] = run(sql, new SearchQuery(query.text(), query.field(), query.level(), query.online(),
                    query.agency(), 1, 1), typed, required).total();
        }
        return new SearchResults(items, query.page(), query.size(), total[0]);
    }

    private static ProcedureSummary summary(ResultSet rs) throws SQLException {
        return new ProcedureSummary(rs.getString("code"), rs.getString("name"),
                new Field(rs.getString("field_code"), rs.getString("field_name")),
                ProcedureLevel.valueOf(rs.getString("level")), OnlineLevel.valueOf(rs.getString("online_level")),
                Arrays.asList((String[]) rs.getArray("agency_codes").getArray()),
                new ProcessingTime(rs.getInt("processing_amount"), ProcessingTime.Unit.valueOf(rs.getString("processing_unit"))),
                rs.getLong("total_fees"), rs.getBoolean("on_national_portal"));
    }
}
