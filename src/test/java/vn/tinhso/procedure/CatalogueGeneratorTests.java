package vn.tinhso.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Benchmark catalogues: the size asked for, distinct and readable names, the province's online mix, repeatable. */
class CatalogueGeneratorTests {

    static CatalogueDocument demo;

    @BeforeAll
    static void readTheDemo() throws IOException {
        demo = DemoCatalogue.read(JsonMapper.builder().findAndAddModules().build());
    }

    @Test
    void givesExactlyTheSizeAskedForWithDistinctCodesAndNames() {
        var catalogue = CatalogueGenerator.scaled(demo, 1_900, 1);

        assertThat(catalogue.procedures()).hasSize(1_900);
        assertThat(catalogue.procedures()).extracting(Publication::code).doesNotHaveDuplicates();
        assertThat(catalogue.procedures()).extracting(p -> p.details().name()).doesNotHaveDuplicates()
                .noneMatch(name -> name.contains("(mẫu "));
        assertThat(catalogue.procedures().subList(0, demo.procedures().size())).isEqualTo(demo.procedures());
    }

    @Test
    void madeUpProceduresHaveCodesOutsideTheNationalRange() {
        var catalogue = CatalogueGenerator.scaled(demo, 500, 1);

        assertThat(catalogue.procedures().subList(demo.procedures().size(), 500)).extracting(p -> p.code().value())
                .allMatch(code -> code.startsWith("9.7"))
                .startsWith(CatalogueGenerator.FIRST_CODE);
    }

    @Test
    void theSameSeedGivesTheSameCatalogueAndAnotherSeedAnotherOne() {
        assertThat(CatalogueGenerator.scaled(demo, 1_900, 7)).isEqualTo(CatalogueGenerator.scaled(demo, 1_900, 7));
        assertThat(CatalogueGenerator.scaled(demo, 1_900, 8)).isNotEqualTo(CatalogueGenerator.scaled(demo, 1_900, 7));
    }

    @Test
    void followsTheOnlineMixOfTheProvince() {
        var made = CatalogueGenerator.scaled(demo, 1_900, 3).procedures().stream().skip(demo.procedures().size())
                .map(Publication::details).toList();
        Map<OnlineLevel, Long> byLevel = made.stream()
                .collect(Collectors.groupingBy(ProcedureDetails::onlineLevel, Collectors.counting()));

        assertThat(byLevel).containsOnlyKeys(OnlineLevel.FULL_PROCESS, OnlineLevel.PARTIAL);
        assertThat(byLevel.get(OnlineLevel.FULL_PROCESS) / (double) made.size()).isBetween(0.27, 0.35);
        assertThat(made.stream().filter(ProcedureDetails::onNationalPortal).count() / (double) made.size())
                .isBetween(0.29, 0.37);
        assertThat(made).extracting(ProcedureDetails::fieldCode).contains("TNN", "HT", "DN", "KCB", "BTXH");
    }

    @Test
    void namesReadLikeRealProcedureNames() {
        var names = CatalogueGenerator.scaled(demo, 1_900, 5).procedures().stream()
                .map(p -> p.details().name()).collect(Collectors.toSet());

        assertThat(names).contains("Gia hạn giấy phép khai thác nước dưới đất đối với công trình có quy mô nhỏ",
                "Đăng ký khai sinh có yếu tố nước ngoài", "Thông báo tạm ngừng kinh doanh của công ty cổ phần");
    }

    @Test
    void aSmallerSizeTakesTheFirstDemoProcedures() {
        assertThat(CatalogueGenerator.scaled(demo, 5, 1).procedures()).isEqualTo(demo.procedures().subList(0, 5));
    }
}
