package vn.tinhso.procedure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.procedure.Procedures;

/**
 * Citizens' queries from {@code procedure/search-relevance.csv} find the procedure they mean in the top 3, at
 * least 90% of them; the naive {@code ILIKE} baselines are printed beside for comparison.
 */
@SpringBootTest
class ProcedureSearchRelevanceTests {

    @Autowired
    Procedures procedures;
    @Autowired
    ProcedureSearch search;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void catalogue() {
        SearchCatalogue.publish(procedures);
    }

    @Test
    void findsWhatCitizensMeanInTheTopThreeForAtLeastNinetyPercentOfQueries() throws IOException {
        RelevanceCases cases = RelevanceCases.load();
        var naive = new NaiveSearch(jdbc);

        RelevanceCases.Score ours = cases.score(q -> codes(q));
        RelevanceCases.Score ilike = cases.score(q -> naive.ilike(q, RelevanceCases.TOP));
        RelevanceCases.Score unaccent = cases.score(q -> naive.unaccentIlike(q, RelevanceCases.TOP));

        System.out.printf("%nRelevance (expected procedure in the top %d), %d queries:%n", RelevanceCases.TOP, ours.total());
        System.out.printf("  procedure search      %3d/%d = %5.1f%%%n", ours.hits(), ours.total(), 100 * ours.rate());
        System.out.printf("  ILIKE '%%q%%'           %3d/%d = %5.1f%%%n", ilike.hits(), ilike.total(), 100 * ilike.rate());
        System.out.printf("  unaccent ILIKE        %3d/%d = %5.1f%%%n", unaccent.hits(), unaccent.total(), 100 * unaccent.rate());
        ours.misses().forEach(miss -> System.out.println("  miss: " + miss));

        assertThat(cases.cases()).hasSizeGreaterThanOrEqualTo(35);
        assertThat(ours.rate()).as("hit rate; misses: %s", ours.misses()).isGreaterThanOrEqualTo(0.90);
    }

    private List<String> codes(String query) {
        return search.search(SearchQuery.of(query, RelevanceCases.TOP)).items().stream()
                .map(ProcedureSummary::code).toList();
    }
}
