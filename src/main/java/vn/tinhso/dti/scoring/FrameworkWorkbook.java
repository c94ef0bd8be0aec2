package vn.tinhso.dti.scoring;

import java.io.InputStream;
import java.io.OutputStream;

/** A framework as an Excel workbook an officer can edit and import again. */
final class FrameworkWorkbook {

    private FrameworkWorkbook() {
    }

    static Framework read(InputStream in) {
        throw new UnsupportedOperationException("Workbook import comes next");
    }

    static void write(Framework framework, OutputStream out) {
        throw new UnsupportedOperationException("Workbook export comes next");
    }
}
