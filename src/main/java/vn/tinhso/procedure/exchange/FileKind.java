package vn.tinhso.procedure.exchange;

import java.util.Optional;

/** What an uploaded file is, told by its first bytes, never by its name. */
enum FileKind {
    /** An Office Open XML workbook: a ZIP archive, which starts with {@code PK\3\4}. */
    XLSX,
    /** A JSON document: an object, so its first character (after a byte order mark and spaces) is <code>{</code>. */
    JSON;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static Optional<FileKind> of(byte[] content) {
        if (startsWith(content, ZIP, 0)) {
            return Optional.of(XLSX);
        }
        int i = startsWith(content, BOM, 0) ? BOM.length : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && content[i] == '{' ? Optional.of(JSON) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix, int from) {
        if (content.length < from + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
