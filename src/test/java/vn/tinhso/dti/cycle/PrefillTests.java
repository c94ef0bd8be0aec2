package vn.tinhso.dti.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.dti.DtiFixtures;
import vn.tinhso.dti.ServiceQualityFeed;

/**
 * The seam to the service-quality statistics: the servicequality module measures the automatic indicators (nothing
 * where it has no data); without such a module nothing is available; with figures, the automatic indicators are
 * filled in from them (an answer the assessor typed stays).
 */
@SpringBootTest
@AutoConfigureMockMvc // the same context (and database) as the other DTI tests
class PrefillTests {

    @Autowired
    Prefill prefill;
    @Autowired
    Periods periods;
    @Autowired
    Assessments assessments;
    @Autowired
    Answers answers;
    @Autowired
    StoredFrameworks frameworks;
    @Autowired
    AuditLog audit;

    @Test
    void theServiceQualityModuleMeasuresButAYearWithoutDossiersFillsNothing() {
        assertThat(prefill.available()).isTrue();
        Period period = DtiFixtures.open(periods, frameworks, DtiFixtures.freshYear(), List.of(DtiFixtures.SCIENCE), List.of());
        assertThat(assessments.prefill(DtiFixtures.assessor(DtiFixtures.SCIENCE), period.id(), DtiFixtures.SCIENCE)).isZero();
        assertThat(answers.of(period.id(), DtiFixtures.SCIENCE)).isEmpty();
    }

    @Test
    void withoutAModuleThatMeasuresNothingIsAvailable() {
        ObjectProvider<ServiceQualityFeed> none = new StaticListableBeanFactory(Map.of())
                .getBeanProvider(ServiceQualityFeed.class);
        assertThat(new Prefill(none, answers, audit, Clock.systemUTC()).available()).isFalse();
    }

    @Test
    void aModuleThatMeasuresFillsTheAutomaticIndicatorsButNotWhatTheAssessorTyped() {
        Period period = DtiFixtures.open(periods, frameworks, DtiFixtures.freshYear(), List.of(DtiFixtures.SCIENCE), List.of());
        assessments.answer(DtiFixtures.assessor(DtiFixtures.SCIENCE), period.id(), DtiFixtures.SCIENCE, "HDCDS-02",
                new AnswerInput(null, "19", "20", null, "Tự đếm"));
        ServiceQualityFeed feed = (metric, agency, from, to) -> metric.equals("ONLINE_DOSSIER_RATE")
                || metric.equals("ON_TIME_RATE")
                ? Optional.of(new ServiceQualityFeed.Measurement(30, 100, "Thống kê " + from.getYear()))
                : Optional.empty();
        ObjectProvider<ServiceQualityFeed> feeds = new StaticListableBeanFactory(Map.of("feed", feed))
                .getBeanProvider(ServiceQualityFeed.class);
        var measuring = new Prefill(feeds, answers, audit, Clock.systemUTC());

        assertThat(measuring.available()).isTrue();
        int filled = measuring.fill(period, DtiFixtures.SCIENCE, frameworks.get(period.frameworkId()).framework(), "system");

        assertThat(filled).isEqualTo(1);
        var given = answers.of(period.id(), DtiFixtures.SCIENCE);
        assertThat(given.get("HDCDS-01").prefilled()).isTrue();
        assertThat(given.get("HDCDS-01").note()).isEqualTo("Thống kê " + period.year());
        assertThat(given.get("HDCDS-01").selfPoints()).isEqualByComparingTo(new BigDecimal("15")); // 0.3 / 0.5 × 25
        assertThat(given.get("HDCDS-02").prefilled()).isFalse();
        assertThat(given.get("HDCDS-02").note()).isEqualTo("Tự đếm");
    }
}
