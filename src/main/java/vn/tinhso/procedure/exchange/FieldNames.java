package vn.tinhso.procedure.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tinhso.procedure.Field;

/** The fields a workbook names, one name per code; a second, different name for the same code is a problem. */
final class FieldNames {

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, Integer> rows = new LinkedHashMap<>();

    void note(RowCells<ProcedureColumn> row) {
        String code = row.text(ProcedureColumn.FIELD_CODE);
        String name = row.text(ProcedureColumn.FIELD_NAME);
        if (code.isEmpty() || name.isEmpty()) {
            return;
        }
        String known = names.putIfAbsent(code, name);
        rows.putIfAbsent(code, row.number());
        if (known != null && !Labels.comparable(known).equals(Labels.comparable(name))) {
            row.problem(ProcedureColumn.FIELD_NAME, "exchange.field.conflict", code, rows.get(code), known);
        }
    }

    List<Field> fields() {
        var fields = new ArrayList<Field>();
        names.forEach((code, name) -> fields.add(new Field(code, name)));
        return fields;
    }
}
