package vn.tinhso.procedure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.organization.WorkingCalendar;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.ProcedureDetails;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.Publication;

/** The search follows the catalogue: in the publishing transaction, and after a rebuild. */
@SpringBootTest
class ProcedureSearchIndexTests {

    static final LocalDate TODAY = LocalDate.now(WorkingCalendar.ZONE);

    @Autowired
    Procedures procedures;
    @Autowired
    ProcedureSearch search;
    @Autowired
    SearchIndex index;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void catalogue() {
        SearchCatalogue.publish(procedures);
    }

    @Test
    void aPublishedChangeIsFoundAtOnceAndAFutureOneOnlyOnItsDay() {
        var code = new ProcedureCode("9.310001");
        procedures.publish(new Publication(code, TODAY.minusDays(1), details("Cấp giấy phép khai thác cát sỏi lòng sông")), "tester");
        assertThat(codes("khai thac cat soi")).containsExactly(code.value());

        procedures.publish(new Publication(code, TODAY.plusDays(10), details("Cấp giấy phép khai thác khoáng sản làm vật liệu")), "tester");
        assertThat(codes("khai thac cat soi")).containsExactly(code.value());
        assertThat(codes("vat lieu")).doesNotContain(code.value());
    }

    @Test
    void anAbolishedProcedureIsNoLongerFound() {
        var code = new ProcedureCode("9.310002");
        procedures.publish(new Publication(code, TODAY.minusDays(1), details("Cấp phép nuôi chim yến")), "tester");
        assertThat(codes("nuoi chim yen")).containsExactly(code.value());
        ProcedureDetails d = details("Cấp phép nuôi chim yến");
        procedures.publish(new Publication(code, TODAY, new ProcedureDetails(d.name(), d.fieldCode(), d.level(),
                d.agencyCodes(), d.applicants(), d.processingTime(), d.cutoffTime(), d.onlineLevel(),
                d.onNationalPortal(), d.legalBasis(), d.documents(), d.fees(), d.result(), d.workflow(), true)), "tester");
        assertThat(codes("nuoi chim yen")).doesNotContain(code.value());
    }

    @Test
    void rowsLostOrChangedBehindItsBackAreRebuilt() {
        jdbc.sql("DELETE FROM procedure_search WHERE code = '1.001193'").update();
        assertThat(index.stale()).isTrue();
        index.rebuildIfStale();
        assertThat(index.stale()).isFalse();
        assertThat(codes("dang ky khai sinh")).contains("1.001193");
    }

    private List<String> codes(String query) {
        return search.search(SearchQuery.of(query, 10)).items().stream().map(ProcedureSummary::code).toList();
    }

    private static ProcedureDetails details(String name) {
        return SearchCatalogue.details(name, "DD", ProcedureLevel.PROVINCE, SearchCatalogue.ENVIRONMENT,
                OnlineLevel.PARTIAL, 10, "Luật Khoáng sản 2010");
    }
}
