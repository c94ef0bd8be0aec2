package vn.tinhso.servicequality.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * The index as shipped adds up to 100 in the Decision's five groups; an edit takes effect as a new version on its
 * date, and an invalid one is refused with every problem and saves nothing.
 */
@SpringBootTest
@Transactional
class FrameworkEditTests {

    private static final LocalDate NEXT_YEAR = LocalDate.of(2099, 1, 1);

    @Autowired
    Frameworks frameworks;

    @Test
    void theShippedVersionHasTheFiveGroupsOfTheDecision() {
        Framework framework = frameworks.inForce(LocalDate.of(2026, 1, 1));
        assertThat(framework.groups()).extracting(Framework.Group::code, g -> g.points().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TRANSPARENCY", 18),
                        org.assertj.core.groups.Tuple.tuple("PROGRESS", 20),
                        org.assertj.core.groups.Tuple.tuple("DIGITISATION", 22),
                        org.assertj.core.groups.Tuple.tuple("ONLINE", 22),
                        org.assertj.core.groups.Tuple.tuple("SATISFACTION", 18));
        assertThat(framework.points()).isEqualByComparingTo("100");
        for (Framework.Group group : framework.groups()) {
            assertThat(group.indicators().stream().map(Framework.Indicator::points)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).as(group.code()).isEqualByComparingTo(group.points());
        }
        assertThat(FrameworkRules.check(framework, FrameworkEdit.of(framework, NEXT_YEAR), framework.effectiveFrom()))
                .isEmpty();
    }

    @Test
    void aValidEditTakesEffectOnItsDateAsANewVersion() {
        Framework shipped = frameworks.inForce(LocalDate.of(2026, 1, 1));
        var edit = change(FrameworkEdit.of(shipped, NEXT_YEAR), "1.3", "6", null);
        edit = change(edit, "1.4", "4", null);
        edit = change(edit, "4.3", null, "0.6");
        Framework added = frameworks.add(edit, "admin");

        assertThat(frameworks.inForce(NEXT_YEAR.minusDays(1)).id()).isEqualTo(shipped.id());
        Framework next = frameworks.inForce(NEXT_YEAR);
        assertThat(next.id()).isEqualTo(added.id());
        assertThat(next.indicator("1.3").orElseThrow().points()).isEqualByComparingTo("6");
        assertThat(next.indicator("4.3").orElseThrow().target()).isEqualByComparingTo("0.6");
        assertThat(next.indicator("4.3").orElseThrow().nameVi()).isEqualTo("Tỷ lệ hồ sơ nộp trực tuyến");
        assertThat(frameworks.versions()).hasSize(2);
    }

    @Test
    void aGroupWhoseIndicatorsDoNotAddUpIsRefusedAndNothingIsSaved() {
        Framework shipped = frameworks.inForce(LocalDate.of(2026, 1, 1));
        var invalid = refused(change(FrameworkEdit.of(shipped, NEXT_YEAR), "1.3", "5", null));
        assertThat(invalid.problems()).extracting(InvalidFramework.Problem::path, InvalidFramework.Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TRANSPARENCY",
                        "servicequality.index.edit.group-sum"));
        assertThat(invalid.problems().get(0).arguments()).containsExactly("Công khai, minh bạch", "19", "18");
        assertThat(frameworks.versions()).hasSize(1);
    }

    @Test
    void groupsThatDoNotAddUpToAHundredAreRefused() {
        Framework shipped = frameworks.inForce(LocalDate.of(2026, 1, 1));
        var edit = change(FrameworkEdit.of(shipped, NEXT_YEAR), "2.1", "25", null);
        var groups = new ArrayList<>(edit.groups());
        groups.replaceAll(g -> g.code().equals("PROGRESS") ? new FrameworkEdit.GroupPoints("PROGRESS",
                BigDecimal.valueOf(25)) : g);
        var invalid = refused(new FrameworkEdit(NEXT_YEAR, "", groups, edit.indicators()));
        assertThat(invalid.problems()).extracting(InvalidFramework.Problem::messageKey)
                .containsExactly("servicequality.index.edit.total");
        assertThat(invalid.problems().get(0).arguments()).containsExactly("105");
    }

    @Test
    void targetsOutsideZeroToOneAreRefused() {
        Framework shipped = frameworks.inForce(LocalDate.of(2026, 1, 1));
        var edit = change(change(FrameworkEdit.of(shipped, NEXT_YEAR), "4.3", null, "0"), "5.3", null, "1.2");
        assertThat(refused(edit).problems()).extracting(InvalidFramework.Problem::path)
                .containsExactly("4.3", "5.3");
    }

    @Test
    void aDateNotAfterTheLatestVersionIsRefused() {
        Framework shipped = frameworks.inForce(LocalDate.of(2026, 1, 1));
        var invalid = refused(FrameworkEdit.of(shipped, shipped.effectiveFrom()));
        assertThat(invalid.problems()).extracting(InvalidFramework.Problem::messageKey)
                .containsExactly("servicequality.index.edit.date-not-after");
    }

    private InvalidFramework refused(FrameworkEdit edit) {
        var invalid = catchThrowableOfType(InvalidFramework.class, () -> frameworks.add(edit, "admin"));
        assertThat(invalid).isNotNull();
        return invalid;
    }

    static FrameworkEdit change(FrameworkEdit edit, String code, String points, String target) {
        var indicators = new ArrayList<>(edit.indicators());
        indicators.replaceAll(i -> i.code().equals(code) ? new FrameworkEdit.IndicatorPoints(code,
                Optional.ofNullable(points).map(BigDecimal::new).orElse(i.points()),
                Optional.ofNullable(target).map(BigDecimal::new).orElse(i.target())) : i);
        return new FrameworkEdit(edit.effectiveFrom(), edit.note(), edit.groups(), indicators);
    }
}
