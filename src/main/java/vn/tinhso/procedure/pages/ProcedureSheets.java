package vn.tinhso.procedure.pages;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.tinhso.organization.Agencies;
import vn.tinhso.organization.Agency;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.procedure.Field;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.Workflow;

/** Puts together what the public page shows beside the procedure itself: names of its field, agencies and steps. */
@Component
class ProcedureSheets {

    private final Procedures procedures;
    private final Agencies agencies;
    private final MessageSource messages;

    ProcedureSheets(Procedures procedures, Agencies agencies, MessageSource messages) {
        this.procedures = procedures;
        this.agencies = agencies;
        this.messages = messages;
    }

    /**
     * A procedure as the public page reads it.
     *
     * @param procedure the version shown
     * @param fieldName the field's name, or its code when unknown
     * @param agencies the implementing agencies
     * @param legalBasis the legal documents, one per line
     * @param steps the steps of the internal process
     */
    record ProcedureSheet(Procedure procedure, String fieldName, List<AgencyName> agencies, List<String> legalBasis,
                          List<StepShare> steps) {
    }

    /** An implementing agency; {@code known} is false for a code the organization module does not know. */
    record AgencyName(String code, String name, boolean known) {
    }

    /** A step of the process in words, with its share of the processing time in percent. */
    record StepShare(String name, String role, int sharePercent) {
    }

    ProcedureSheet of(Procedure procedure) {
        var details = procedure.details();
        String field = procedures.fields().stream().filter(f -> f.code().equals(details.fieldCode()))
                .map(Field::name).findFirst().orElse(details.fieldCode());
        List<String> legalBasis = details.legalBasis().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new ProcedureSheet(procedure, field, details.agencyCodes().stream().map(this::agency).toList(),
                legalBasis, steps(details.workflow()));
    }

    private AgencyName agency(String code) {
        try {
            return agencies.find(new AgencyCode(code)).map(Agency::name)
                    .map(name -> new AgencyName(code, name, true)).orElse(new AgencyName(code, code, false));
        } catch (IllegalArgumentException malformed) {
            return new AgencyName(code, code, false);
        }
    }

    private List<StepShare> steps(Workflow workflow) {
        Locale locale = LocaleContextHolder.getLocale();
        return workflow.steps().stream().map(step -> new StepShare(
                messages.getMessage("pages.state." + step.state(), null, step.state(), locale),
                messages.getMessage("identity.role." + step.role(), null, step.role(), locale),
                step.sharePercent())).toList();
    }
}
