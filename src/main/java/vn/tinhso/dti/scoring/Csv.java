package vn.tinhso.dti.scoring;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for the command line's files: UTF-8 (a byte-order mark is tolerated), fields separated by
 * commas, quoted with double quotes when they hold commas, quotes or line breaks; each record keeps the line it
 * starts on, and blank lines are skipped.
 */
final class Csv {

    /** One record and the line it starts on (1 = the first line of the file). */
    record Line(int number, List<String> fields) {
    }

    /** A file that cannot be read as UTF-8 text. */
    static final class Unreadable extends Exception {

        final String code;

        Unreadable(String code) {
            super(code);
            this.code = code;
        }
    }

    private Csv() {
    }

    static List<Line> read(Path file) throws Unreadable {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException missing) {
            throw new Unreadable("dti.scoring.cli.file-missing");
        } catch (IOException unreadable) {
            throw new Unreadable("dti.scoring.cli.file-missing");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new Unreadable("dti.scoring.cli.not-utf8");
        }
        return parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    static List<Line> parse(String text) {
        var lines = new ArrayList<Line>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(lines, fields, field, start);
                line++;
                start = line;
            } else {
                field.append(c);
            }
        }
        end(lines, fields, field, start);
        return lines;
    }

    private static void end(List<Line> lines, List<String> fields, StringBuilder field, int start) {
        fields.add(field.toString());
        field.setLength(0);
        boolean blank = fields.size() == 1 && fields.get(0).isBlank();
        if (!blank) {
            lines.add(new Line(start, List.copyOf(fields.stream().map(String::strip).toList())));
        }
        fields.clear();
    }

    /** A field for the output, quoted when it must be. */
    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
