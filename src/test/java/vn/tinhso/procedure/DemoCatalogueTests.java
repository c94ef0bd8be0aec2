package vn.tinhso.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** The demo catalogue is loaded at start-up, satisfies the catalogue's rules and is what Jackson writes. */
@SpringBootTest
class DemoCatalogueTests {

    @Autowired
    Procedures procedures;
    @Autowired
    JsonMapper json;

    @Test
    void theDemoCatalogueIsOfferedAfterStartUp() throws IOException {
        CatalogueDocument demo = DemoCatalogue.read(json);

        assertThat(demo.procedures()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(procedures.offeredToday()).extracting(Procedure::code)
                .containsAll(demo.procedures().stream().map(Publication::code).toList());
        assertThat(procedures.fields()).extracting(Field::code).containsAll(
                demo.fields().stream().map(Field::code).toList());
    }

    @Test
    void everyDemoProcedureSatisfiesTheCatalogueRules() throws IOException {
        for (Publication publication : DemoCatalogue.read(json).procedures()) {
            assertThat(procedures.check(publication)).as(publication.code().value()).isEmpty();
        }
    }

    @Test
    void theDemoMixesOnlineLevelsFeesAndAnInterAgencyProcedure() throws IOException {
        List<ProcedureDetails> demo = DemoCatalogue.read(json).procedures().stream().map(Publication::details).toList();
        Map<OnlineLevel, Long> byLevel = demo.stream()
                .collect(Collectors.groupingBy(ProcedureDetails::onlineLevel, Collectors.counting()));

        assertThat(byLevel).containsKeys(OnlineLevel.FULL_PROCESS, OnlineLevel.PARTIAL, OnlineLevel.NONE);
        assertThat(byLevel.get(OnlineLevel.FULL_PROCESS)).isBetween(demo.size() / 4L, demo.size() / 2L);
        assertThat(demo).filteredOn(details -> details.totalFees() > 0).hasSizeGreaterThanOrEqualTo(10);
        assertThat(demo).filteredOn(details -> details.workflow().steps().stream()
                .anyMatch(step -> !step.agencyCode().isEmpty())).isNotEmpty();
        assertThat(demo).filteredOn(details -> details.processingTime().unit() == ProcessingTime.Unit.WORKING_HOURS)
                .allSatisfy(details -> assertThat(details.cutoffTime()).isNotNull());
    }

    @Test
    void birthRegistrationIsFoundByItsNationalCodeWithItsDocuments() {
        Procedure birth = procedures.current(new ProcedureCode("1.001193")).orElseThrow();

        assertThat(birth.name()).isEqualTo("Đăng ký khai sinh");
        assertThat(birth.details().level()).isEqualTo(ProcedureLevel.COMMUNE);
        assertThat(birth.details().agencyCodes()).containsExactly("525.00.00.H26", "507.00.00.H26");
        assertThat(birth.details().fees()).isEmpty();
        assertThat(birth.details().documents()).extracting(RequiredDocument::name)
                .contains("Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh");
        assertThat(birth.recordedBy()).isEqualTo("system");
    }

    @Test
    void theFileRoundTripsThroughJson() throws IOException {
        CatalogueDocument demo = DemoCatalogue.read(json);

        assertThat(json.readValue(json.writeValueAsString(demo), CatalogueDocument.class)).isEqualTo(demo);
    }

    @Test
    void theFileIsExactlyWhatJacksonWritesApartFromTheOrderOfSets() throws IOException {
        JsonNode file;
        try (InputStream in = new ClassPathResource(DemoCatalogue.LOCATION).getInputStream()) {
            file = json.readTree(in);
        }
        JsonNode written = json.valueToTree(DemoCatalogue.read(json));

        // compared as text: the same properties in the same order; numbers compare by value, not by node type
        assertThat(json.writeValueAsString(sortSets(file))).isEqualTo(json.writeValueAsString(sortSets(written)));
    }

    @Test
    void everyGeneratedProcedureSatisfiesTheCatalogueRules() throws IOException {
        CatalogueDocument generated = CatalogueGenerator.scaled(DemoCatalogue.read(json), 1_900, 2023);
        procedures.addFields(generated.fields());

        var problems = new ArrayList<String>();
        for (Publication publication : generated.procedures()) {
            procedures.check(publication).forEach(violation -> problems.add(publication.code() + " " + violation));
        }
        assertThat(problems).isEmpty();
    }

    /** Sets ({@code applicants}, result {@code forms}) are written in no particular order. */
    private static JsonNode sortSets(JsonNode node) {
        if (node.isArray()) {
            node.values().forEach(DemoCatalogueTests::sortSets);
        } else if (node.isObject()) {
            node.properties().forEach(property -> {
                if ((property.getKey().equals("applicants") || property.getKey().equals("forms"))
                        && property.getValue() instanceof ArrayNode set) {
                    List<JsonNode> sorted = set.valueStream().sorted(Comparator.comparing(JsonNode::asString)).toList();
                    set.removeAll();
                    set.addAll(sorted);
                } else {
                    sortSets(property.getValue());
                }
            });
        }
        return node;
    }
}
