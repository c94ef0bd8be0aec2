package vn.tinhso.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The exchange format reads back exactly what it wrote, with codes as plain strings. */
class CatalogueDocumentTests {

    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void roundTripsThroughJson() {
        var document = new CatalogueDocument(CatalogueDocument.FORMAT, List.of(new Field("TEST", "Thử")),
                List.of(new Publication(new ProcedureCode("9.000001"), LocalDate.of(2025, 7, 1),
                        ProceduresTests.birthRegistration("Đăng ký khai sinh"))));
        String text = json.writeValueAsString(document);
        assertThat(text).contains("\"code\":\"9.000001\"").contains("\"validFrom\":\"2025-07-01\"");
        assertThat(json.readValue(text, CatalogueDocument.class)).isEqualTo(document);
    }
}
