package vn.tinhso.dti.scoring;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * A framework as an Excel workbook an officer can edit and import again: sheet "Bộ chỉ số" (field, value), sheet
 * "Chỉ số chính" (one row per main index), sheet "Chỉ tiêu" (one row per indicator) and a guide.
 */
final class FrameworkWorkbook {

    private FrameworkWorkbook() {
    }

    /** The framework as written, valid or refused with every problem. */
    static Framework read(InputStream in) {
        return WorkbookReader.read(in);
    }

    static void write(Framework framework, OutputStream out) {
        WorkbookWriter.write(framework, out);
    }
}
