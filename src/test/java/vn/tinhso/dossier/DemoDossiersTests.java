package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo dossiers go through the real services and end up at every stage the workspace shows. */
@SpringBootTest
class DemoDossiersTests {

    @Autowired
    DemoDossiers demo;
    @Autowired
    Dossiers dossiers;

    @Test
    void theDemoDossiersReachEveryStage() {
        var codes = demo.load();
        assertThat(codes).hasSize(8);
        assertThat(codes.stream().map(code -> dossiers.find(code).orElseThrow().status()))
                .containsExactly(DossierStatus.SUBMITTED, DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS,
                        DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.IN_PROGRESS, DossierStatus.RESOLVED,
                        DossierStatus.RETURNED, DossierStatus.RECEIVED);
        assertThat(dossiers.find(codes.get(4)).orElseThrow().progress().step()).isEqualTo("AWAITING_APPROVAL");
        assertThat(dossiers.find(codes.get(2)).orElseThrow().progress().assignee()).isEqualTo("chuyenvien.tuphap");
    }
}
