package vn.tinhso.procedure.pages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.tinhso.procedure.Applicant;
import vn.tinhso.procedure.Fee;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureDetails;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.ProcessingTime;
import vn.tinhso.procedure.RequiredDocument;
import vn.tinhso.procedure.Result;

/**
 * The editor's form: every attribute of a version, as typed. Numbers, dates, hours, agency codes and the workflow
 * stay text until {@link ProcedureFormReader} reads them, so that a re-rendered form shows exactly what was typed.
 * The rules of a procedure are not repeated here: {@code Procedures} checks them and the editor shows its answer.
 */
record ProcedureForm(
        @Size(max = 20) String code,
        @Size(max = 10) String validFrom,
        String name,
        String fieldCode,
        ProcedureLevel level,
        @Size(max = 2000) String agencyCodes,
        Set<Applicant> applicants,
        @Size(max = 10) String processingAmount,
        ProcessingTime.Unit processingUnit,
        @Size(max = 5) String cutoffTime,
        OnlineLevel onlineLevel,
        Boolean onNationalPortal,
        String legalBasis,
        @Valid List<DocumentRow> documents,
        @Valid List<FeeRow> fees,
        String resultName,
        Set<Result.Form> resultForms,
        @Size(max = 50000) String workflow,
        Boolean abolished) {

    static final int MAX_ROWS = 50;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    ProcedureForm {
        applicants = applicants == null ? Set.of() : applicants;
        documents = documents == null ? List.of() : documents;
        fees = fees == null ? List.of() : fees;
        resultForms = resultForms == null ? Set.of() : resultForms;
        onNationalPortal = Boolean.TRUE.equals(onNationalPortal);
        abolished = Boolean.TRUE.equals(abolished);
    }

    /** A paper of the dossier as typed. */
    record DocumentRow(@Size(max = 500) String name, @Size(max = 3) String originals, @Size(max = 3) String copies,
                       Boolean required, @Size(max = 500) String condition, @Size(max = 200) String template) {

        static final DocumentRow EMPTY = new DocumentRow("", "1", "0", true, "", "");

        DocumentRow {
            required = Boolean.TRUE.equals(required); // an unticked box sends nothing
        }

        boolean blank() {
            return isBlank(name) && isBlank(condition) && isBlank(template);
        }

    }

    /** A fee or charge as typed; the amount may be written "200.000". */
    record FeeRow(@Size(max = 30) String code, Fee.Kind kind, @Size(max = 300) String name, @Size(max = 20) String amount,
                  @Size(max = 200) String collector) {

        static final FeeRow EMPTY = new FeeRow("", Fee.Kind.CHARGE, "", "", "");

        boolean blank() {
            return isBlank(code) && isBlank(name) && isBlank(amount) && isBlank(collector);
        }
    }

    /** A new procedure: the usual choices made, one empty paper, the standard workflow. */
    static ProcedureForm empty(LocalDate today, String standardWorkflow) {
        return new ProcedureForm("", today.toString(), "", "", ProcedureLevel.PROVINCE, "", EnumSet.of(Applicant.CITIZEN),
                "1", ProcessingTime.Unit.WORKING_DAYS, "", OnlineLevel.NONE, false, "", List.of(DocumentRow.EMPTY),
                List.of(), "", EnumSet.of(Result.Form.PAPER), standardWorkflow, false);
    }

    /** The next version of a procedure, prefilled with what its latest version says, taking effect today. */
    static ProcedureForm of(Procedure latest, LocalDate today, String workflowJson) {
        ProcedureDetails d = latest.details();
        return new ProcedureForm(latest.code().value(), today.toString(), d.name(), d.fieldCode(), d.level(),
                String.join("; ", d.agencyCodes()), d.applicants(), String.valueOf(d.processingTime().amount()),
                d.processingTime().unit(), d.cutoffTime() == null ? "" : d.cutoffTime().format(HOUR), d.onlineLevel(),
                d.onNationalPortal(), d.legalBasis(), d.documents().stream().map(ProcedureForm::row).toList(),
                d.fees().stream().map(ProcedureForm::row).toList(), d.result().name(), d.result().forms(),
                workflowJson, d.abolished());
    }

    /** Adds or removes a row, as asked by the button {@code add-document}, {@code remove-fee-2} and so on. */
    ProcedureForm withRows(String command) {
        var docs = new ArrayList<>(documents);
        var feeRows = new ArrayList<>(fees);
        if ("add-document".equals(command) && docs.size() < MAX_ROWS) {
            docs.add(DocumentRow.EMPTY);
        } else if ("add-fee".equals(command) && feeRows.size() < MAX_ROWS) {
            feeRows.add(FeeRow.EMPTY);
        } else if (command.startsWith("remove-document-")) {
            remove(docs, command.substring("remove-document-".length()));
        } else if (command.startsWith("remove-fee-")) {
            remove(feeRows, command.substring("remove-fee-".length()));
        }
        return with(code, docs, feeRows);
    }

    /** Rows left empty are not papers or fees: they are dropped before saving. */
    ProcedureForm withoutBlankRows() {
        return with(code, documents.stream().filter(row -> row != null && !row.blank()).toList(),
                fees.stream().filter(row -> row != null && !row.blank()).toList());
    }

    ProcedureForm withCode(String newCode) {
        return with(newCode, documents, fees);
    }

    private ProcedureForm with(String newCode, List<DocumentRow> docs, List<FeeRow> feeRows) {
        return new ProcedureForm(newCode, validFrom, name, fieldCode, level, agencyCodes, applicants, processingAmount,
                processingUnit, cutoffTime, onlineLevel, onNationalPortal, legalBasis, docs, feeRows, resultName,
                resultForms, workflow, abolished);
    }

    private static void remove(List<?> rows, String index) {
        try {
            int i = Integer.parseInt(index);
            if (i >= 0 && i < rows.size()) {
                rows.remove(i);
            }
        } catch (NumberFormatException ignored) {
            // a button that names no row removes nothing
        }
    }

    private static DocumentRow row(RequiredDocument document) {
        return new DocumentRow(document.name(), String.valueOf(document.originals()), String.valueOf(document.copies()),
                document.required(), document.condition(), document.template());
    }

    private static FeeRow row(Fee fee) {
        return new FeeRow(fee.code(), fee.kind(), fee.name(), String.valueOf(fee.amount()), fee.collector());
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
