package vn.tinhso.procedure.pages;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.procedure.Fee;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.ProcedureDetails;
import vn.tinhso.procedure.ProcessingTime;
import vn.tinhso.procedure.Publication;
import vn.tinhso.procedure.RequiredDocument;
import vn.tinhso.procedure.Result;
import vn.tinhso.procedure.Workflow;

/**
 * Reads the editor's form into a {@link Publication}. What cannot be read (a number, a date, an hour, the workflow
 * JSON) is rejected on its field and left empty, so that the catalogue's own check still finds every other problem.
 */
@Component
class ProcedureFormReader {

    private final JsonMapper json;

    ProcedureFormReader(JsonMapper json) {
        this.json = json;
    }

    /** The workflow as the editor's textarea shows it. */
    String text(Workflow workflow) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(workflow);
    }

    Publication read(ProcedureCode code, ProcedureForm form, Errors errors) {
        var details = new ProcedureDetails(strip(form.name()), strip(form.fieldCode()), form.level(),
                agencyCodes(form.agencyCodes()), form.applicants(),
                new ProcessingTime(number(form.processingAmount(), "processingAmount", errors), form.processingUnit()),
                hour(form.cutoffTime(), errors), form.onlineLevel(), form.onNationalPortal(), strip(form.legalBasis()),
                documents(form.documents(), errors), fees(form.fees(), errors),
                new Result(strip(form.resultName()), form.resultForms()), workflow(form.workflow(), errors),
                form.abolished());
        return new Publication(code, date(form.validFrom(), errors), details);
    }

    /** Codes separated by semicolons, commas, spaces or new lines. */
    static List<String> agencyCodes(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[;,\\s]+")).filter(code -> !code.isEmpty())
                .map(code -> code.toUpperCase(Locale.ROOT)).toList();
    }

    private List<RequiredDocument> documents(List<ProcedureForm.DocumentRow> rows, Errors errors) {
        var documents = new ArrayList<RequiredDocument>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            documents.add(new RequiredDocument(strip(row.name()), number(row.originals(), "documents[" + i + "].originals", errors),
                    number(row.copies(), "documents[" + i + "].copies", errors), row.required(), strip(row.condition()),
                    strip(row.template())));
        }
        return documents;
    }

    private List<Fee> fees(List<ProcedureForm.FeeRow> rows, Errors errors) {
        var fees = new ArrayList<Fee>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            String amount = row.amount() == null ? "" : row.amount().replaceAll("[.\\s]|đồng|đ", "");
            fees.add(new Fee(strip(row.code()), row.kind(), strip(row.name()),
                    amount(amount, "fees[" + i + "].amount", errors), strip(row.collector())));
        }
        return fees;
    }

    private Workflow workflow(String text, Errors errors) {
        if (ProcedureForm.isBlank(text)) {
            return null; // the catalogue's check says a workflow is needed
        }
        try {
            return json.readValue(text, Workflow.class);
        } catch (JacksonException unreadable) {
            var where = unreadable.getLocation();
            if (where != null && where.getLineNr() > 0) {
                errors.rejectValue("workflow", "pages.editor.workflow-json-at",
                        new Object[] {where.getLineNr(), where.getColumnNr()}, null);
            } else {
                errors.rejectValue("workflow", "pages.editor.workflow-json", null, null);
            }
            return null;
        }
    }

    private static int number(String text, String field, Errors errors) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException notANumber) {
            errors.rejectValue(field, "pages.editor.number", null, null);
            return 0;
        }
    }

    private static long amount(String text, String field, Errors errors) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException notANumber) {
            errors.rejectValue(field, "pages.editor.number", null, null);
            return 0;
        }
    }

    private static LocalTime hour(String text, Errors errors) {
        if (ProcedureForm.isBlank(text)) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException notAnHour) {
            errors.rejectValue("cutoffTime", "pages.editor.hour", null, null);
            return null;
        }
    }

    private static LocalDate date(String text, Errors errors) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException notADate) {
            errors.rejectValue("validFrom", "pages.editor.date", null, null);
            return null;
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
