package vn.tinhso.procedure.exchange;

import static vn.tinhso.procedure.exchange.ProcedureColumn.*;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.platform.Refusal;
import vn.tinhso.procedure.Applicant;
import vn.tinhso.procedure.Fee;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.ProcedureDetails;
import vn.tinhso.procedure.ProcessingTime;
import vn.tinhso.procedure.Publication;
import vn.tinhso.procedure.RequiredDocument;
import vn.tinhso.procedure.Result;
import vn.tinhso.procedure.Workflow;

/**
 * Reads an exchange workbook (layout in {@code docs/procedure-exchange.md}) into a {@link Draft}: every row of
 * the three sheets parsed, documents and fees attached to their procedure rows, every unreadable cell and every
 * dangling reference reported.
 */
@Component
class WorkbookReading {

    private final JsonMapper json;

    WorkbookReading(JsonMapper json) {
        this.json = json;
    }

    Draft read(InputStream in) {
        try (Workbook workbook = open(in)) {
            return read(workbook);
        } catch (IOException closing) {
            throw Refusal.of("exchange.file.unreadable");
        }
    }

    private static Workbook open(InputStream in) {
        try {
            return WorkbookFactory.create(in);
        } catch (IOException | RuntimeException notAWorkbook) { // POI reports a ZIP that is no workbook as either
            throw Refusal.of("exchange.file.unreadable");
        }
    }

    private Draft read(Workbook workbook) {
        var problems = new ArrayList<Problem>();
        var procedureRows = SheetTable.of(workbook, SHEET, ProcedureColumn.class, true, problems).rows(problems);
        Children<RequiredDocument> documents = Children.of(DocumentColumn.SHEET,
                SheetTable.of(workbook, DocumentColumn.SHEET, DocumentColumn.class, false, problems).rows(problems),
                DocumentColumn.CODE, DocumentColumn.NUMBER, DocumentColumn.VALID_FROM, WorkbookReading::document);
        Children<Fee> fees = Children.of(FeeColumn.SHEET,
                SheetTable.of(workbook, FeeColumn.SHEET, FeeColumn.class, false, problems).rows(problems),
                FeeColumn.CODE, FeeColumn.NUMBER, FeeColumn.VALID_FROM, WorkbookReading::fee);
        var fields = new FieldNames();
        var entries = new ArrayList<Draft.Entry>();
        for (RowCells<ProcedureColumn> row : procedureRows) {
            fields.note(row);
            procedure(row, documents, fees).ifPresent(entries::add);
        }
        documents.reportUnclaimed(problems);
        fees.reportUnclaimed(problems);
        problems.addAll(Draft.duplicates(entries));
        return new Draft(fields.fields(), entries, problems);
    }

    private Optional<Draft.Entry> procedure(RowCells<ProcedureColumn> row, Children<RequiredDocument> documents,
                                            Children<Fee> fees) {
        String codeText = row.code(CODE);
        LocalDate validFrom = row.date(VALID_FROM);
        var ownDocuments = documents.claim(codeText, validFrom);
        var ownFees = fees.claim(codeText, validFrom);
        var details = new ProcedureDetails(row.text(NAME), row.text(FIELD_CODE), row.choice(LEVEL, Labels.LEVELS, null),
                row.list(AGENCIES), row.choices(APPLICANTS, Labels.APPLICANTS, Applicant.class),
                new ProcessingTime(small(row.integer(PROCESSING_AMOUNT, 0)), row.choice(PROCESSING_UNIT, Labels.UNITS, null)),
                row.time(CUTOFF), row.choice(ONLINE_LEVEL, Labels.ONLINE_LEVELS, null), yes(row, NATIONAL_PORTAL, null),
                row.text(LEGAL_BASIS), ownDocuments.stream().map(child -> child.item).toList(),
                ownFees.stream().map(child -> child.item).toList(),
                new Result(row.text(RESULT_NAME), row.choices(RESULT_FORMS, Labels.RESULT_FORMS, Result.Form.class)),
                workflow(row), yes(row, ABOLISHED, false));
        ProcedureCode code = code(row, codeText);
        if (validFrom == null && row.text(VALID_FROM).isEmpty()) {
            row.problem(VALID_FROM, "NotNull");
        }
        if (code == null) {
            return Optional.empty();
        }
        var origin = new RowOrigin(row.number(), ownDocuments.stream().map(child -> child.row).toList(),
                ownFees.stream().map(child -> child.row).toList());
        return Optional.of(new Draft.Entry(new Publication(code, validFrom, details), origin));
    }

    private static ProcedureCode code(RowCells<ProcedureColumn> row, String text) {
        if (text.isEmpty()) {
            row.problem(CODE, "NotBlank");
            return null;
        }
        try {
            return new ProcedureCode(text);
        } catch (Refusal malformed) {
            row.problem(CODE, malformed.code(), malformed.arguments());
            return null;
        }
    }

    /** Empty → {@link Workflow#standard()}; otherwise the JSON of a {@link Workflow}. */
    private Workflow workflow(RowCells<ProcedureColumn> row) {
        String text = row.text(WORKFLOW);
        if (text.isEmpty()) {
            return Workflow.standard();
        }
        try {
            return json.readValue(text, Workflow.class);
        } catch (JacksonException unreadable) {
            row.problem(WORKFLOW, "exchange.workflow.unreadable", unreadable.getOriginalMessage());
            return Workflow.standard();
        }
    }

    /** Có / Không; {@code whenEmpty} null means the cell is required. */
    private static <C extends Column> boolean yes(RowCells<C> row, C column, Boolean whenEmpty) {
        Boolean value = row.choice(column, Labels.YES_NO, whenEmpty);
        if (value == null && whenEmpty == null && row.text(column).isEmpty()) {
            row.problem(column, "NotNull");
        }
        return Boolean.TRUE.equals(value);
    }

    private static RequiredDocument document(RowCells<DocumentColumn> row) {
        return new RequiredDocument(row.text(DocumentColumn.NAME), small(row.integer(DocumentColumn.ORIGINALS, 0)),
                small(row.integer(DocumentColumn.COPIES, 0)), yes(row, DocumentColumn.REQUIRED, true),
                row.text(DocumentColumn.CONDITION), row.text(DocumentColumn.TEMPLATE));
    }

    private static Fee fee(RowCells<FeeColumn> row) {
        return new Fee(row.text(FeeColumn.FEE_CODE), row.choice(FeeColumn.KIND, Labels.FEE_KINDS, null),
                row.text(FeeColumn.NAME), row.integer(FeeColumn.AMOUNT, 0), row.text(FeeColumn.COLLECTOR));
    }

    /** A count for an {@code int} property; out-of-range values stay out of range, for the checks to report. */
    private static int small(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
