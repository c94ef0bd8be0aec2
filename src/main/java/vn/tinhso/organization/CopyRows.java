package vn.tinhso.organization;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;

/**
 * Rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null), sent in one {@code COPY … FROM STDIN}:
 * the fastest way to put some ten thousand rows into a table, inside the caller's transaction.
 */
final class CopyRows {

    private final StringBuilder text = new StringBuilder();
    private int count;

    CopyRows add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            text.append(values[i] == null ? "\\N" : escape(values[i].toString()));
        }
        text.append('\n');
        count++;
        return this;
    }

    /** Copies the rows into {@code table (columns)}; returns how many PostgreSQL took. */
    long copyInto(Connection connection, String tableAndColumns) throws SQLException, IOException {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long copied = copy.copyIn("COPY " + tableAndColumns + " FROM STDIN", new StringReader(text.toString()));
        if (copied != count) {
            throw new IllegalStateException("COPY " + tableAndColumns + " took " + copied + " of " + count + " rows");
        }
        return copied;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
