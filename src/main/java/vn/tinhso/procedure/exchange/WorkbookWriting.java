package vn.tinhso.procedure.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.procedure.CatalogueDocument;
import vn.tinhso.procedure.Fee;
import vn.tinhso.procedure.Field;
import vn.tinhso.procedure.ProcedureDetails;
import vn.tinhso.procedure.Publication;
import vn.tinhso.procedure.RequiredDocument;
import vn.tinhso.procedure.Workflow;

/**
 * Writes a catalogue as the exchange workbook, streaming: only a window of rows is kept in memory, the rest goes
 * to a temporary file that is deleted when the workbook is closed.
 */
@Component
class WorkbookWriting {

    private static final int ROWS_IN_MEMORY = 200;

    private final JsonMapper json;

    WorkbookWriting(JsonMapper json) {
        this.json = json;
    }

    void write(CatalogueDocument catalogue, OutputStream out) throws IOException {
        Map<String, String> fieldNames = catalogue.fields().stream()
                .collect(Collectors.toMap(Field::code, Field::name, (first, second) -> first));
        try (var workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            var sheets = new StyledSheets(workbook);
            Sheet procedures = sheets.sheet(ProcedureColumn.SHEET, List.of(ProcedureColumn.values()),
                    List.of(ProcedureColumn.CODE, ProcedureColumn.FIELD_CODE, ProcedureColumn.CUTOFF, ProcedureColumn.VALID_FROM));
            Sheet documents = sheets.sheet(DocumentColumn.SHEET, List.of(DocumentColumn.values()),
                    List.of(DocumentColumn.CODE, DocumentColumn.VALID_FROM));
            Sheet fees = sheets.sheet(FeeColumn.SHEET, List.of(FeeColumn.values()),
                    List.of(FeeColumn.CODE, FeeColumn.FEE_CODE, FeeColumn.VALID_FROM));
            int documentRow = 1;
            int feeRow = 1;
            int procedureRow = 1;
            for (Publication publication : catalogue.procedures()) {
                sheets.row(procedures, procedureRow++, procedure(publication, fieldNames));
                List<RequiredDocument> papers = publication.details().documents();
                for (int i = 0; i < papers.size(); i++) {
                    sheets.row(documents, documentRow++, document(publication, i + 1, papers.get(i)));
                }
                List<Fee> charges = publication.details().fees();
                for (int i = 0; i < charges.size(); i++) {
                    sheets.row(fees, feeRow++, fee(publication, i + 1, charges.get(i)));
                }
            }
            workbook.write(out);
        }
    }

    /** The values in the order of {@link ProcedureColumn}. */
    private List<Object> procedure(Publication publication, Map<String, String> fieldNames) {
        ProcedureDetails d = publication.details();
        return Arrays.asList(publication.code().value(), d.name(), d.fieldCode(),
                fieldNames.getOrDefault(d.fieldCode(), ""), Labels.LEVELS.label(d.level()),
                String.join(Labels.SEPARATOR, d.agencyCodes()), labels(Labels.APPLICANTS, d.applicants()),
                d.processingTime().amount(), Labels.UNITS.label(d.processingTime().unit()),
                d.cutoffTime() == null ? "" : RowCells.TIME.format(d.cutoffTime()),
                Labels.ONLINE_LEVELS.label(d.onlineLevel()), Labels.YES_NO.label(d.onNationalPortal()), d.legalBasis(),
                d.result().name(), labels(Labels.RESULT_FORMS, d.result().forms()), Labels.YES_NO.label(d.abolished()),
                RowCells.DATE.format(publication.validFrom()),
                Workflow.standard().equals(d.workflow()) ? "" : json.writeValueAsString(d.workflow()));
    }

    /** The values in the order of {@link DocumentColumn}. */
    private static List<Object> document(Publication publication, int number, RequiredDocument paper) {
        return Arrays.asList(publication.code().value(), number, paper.name(), paper.originals(), paper.copies(),
                Labels.YES_NO.label(paper.required()), paper.condition(), paper.template(),
                RowCells.DATE.format(publication.validFrom()));
    }

    /** The values in the order of {@link FeeColumn}. */
    private static List<Object> fee(Publication publication, int number, Fee fee) {
        return Arrays.asList(publication.code().value(), number, fee.code(), Labels.FEE_KINDS.label(fee.kind()),
                fee.name(), fee.amount(), fee.collector(), RowCells.DATE.format(publication.validFrom()));
    }

    /** Labels in the vocabulary's order, whatever the set's order, so that exports are stable. */
    private static <E> String labels(Labels.Vocabulary<E> vocabulary, Collection<E> values) {
        return vocabulary.labels().entrySet().stream().filter(entry -> values.contains(entry.getKey()))
                .map(Map.Entry::getValue).collect(Collectors.joining(Labels.SEPARATOR));
    }
}
