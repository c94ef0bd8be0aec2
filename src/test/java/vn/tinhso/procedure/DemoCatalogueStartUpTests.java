package vn.tinhso.procedure;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.platform.TinhsoProperties;

/** A demo catalogue that breaks the rules stops the start-up and says what is wrong, procedure by procedure. */
class DemoCatalogueStartUpTests {

    private final Procedures procedures = mock(Procedures.class);
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void aViolationStopsTheStartUpWithTheProcedureAndTheRuleNamed() {
        when(procedures.offeredToday()).thenReturn(List.of());
        when(procedures.publishAll(anyList(), anyString())).thenThrow(new InvalidProcedure(List.of(
                new InvalidProcedure.Problem(0, new Violation("agencyCodes[1]", "procedure.agency.unknown", "507.00.00.H26")))));

        assertThatIllegalStateException().isThrownBy(() -> demo(true).run(null))
                .withMessageContaining("1 problem(s); nothing was published")
                .withMessageContaining("#0 1.001193: agencyCodes[1] procedure.agency.unknown [507.00.00.H26]");
    }

    @Test
    void nothingIsPublishedWhenDemoDataIsOff() throws Exception {
        demo(false).run(null);

        verify(procedures, never()).publishAll(anyList(), anyString());
    }

    private DemoCatalogue demo(boolean enabled) {
        return new DemoCatalogue(procedures, json, new TinhsoProperties(Path.of("data"), "http://localhost",
                new TinhsoProperties.Database(0, true), new TinhsoProperties.Demo(enabled, enabled)));
    }
}
