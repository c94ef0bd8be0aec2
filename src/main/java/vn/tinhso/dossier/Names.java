package vn.tinhso.dossier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tinhso.organization.Agencies;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.Procedures;

/** Names to show beside codes on dossier pages: procedures (in the version a dossier was filed under), agencies. */
@Component
class Names {

    private final Procedures procedures;
    private final Agencies agencies;
    private final Map<String, Procedure> versions = new java.util.concurrent.ConcurrentHashMap<>();

    Names(Procedures procedures, Agencies agencies) {
        this.procedures = procedures;
        this.agencies = agencies;
    }

    /** The version a dossier was filed under; a published version never changes, so it is read once. */
    Procedure version(String code, int version) {
        return versions.computeIfAbsent(code + "#" + version, key -> procedures.version(new ProcedureCode(code), version)
                .orElseThrow(() -> new IllegalStateException("Procedure " + code + " has no version " + version)));
    }

    /** Agency code → name, in the given order; unknown codes show as their code. */
    Map<String, String> agencies(List<String> codes) {
        var names = new LinkedHashMap<String, String>();
        codes.forEach(code -> names.put(code, agencies.find(new AgencyCode(code)).map(a -> a.name()).orElse(code)));
        return names;
    }

    /** Procedure code → name, for lists of dossiers. */
    Map<String, String> procedures(List<DossierList.Line> lines) {
        var names = new LinkedHashMap<String, String>();
        lines.forEach(line -> names.computeIfAbsent(line.procedureCode() + "#" + line.procedureVersion(),
                key -> version(line.procedureCode(), line.procedureVersion()).name()));
        return names;
    }
}
