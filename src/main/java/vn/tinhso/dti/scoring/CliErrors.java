package vn.tinhso.dti.scoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The errors the command line found, each naming the file, and the line and column when there is one. */
final class CliErrors {

    private final Locale locale;
    private final List<String> messages = new ArrayList<>();

    CliErrors(Locale locale) {
        this.locale = locale;
    }

    void at(Path file, int line, int column, String code, Object... arguments) {
        messages.add(Texts.text(locale, "dti.scoring.cli.at", file.toString(), String.valueOf(line),
                String.valueOf(column)) + ": " + Texts.text(locale, code, arguments));
    }

    void file(Path file, String code, Object... arguments) {
        messages.add(file + ": " + Texts.text(locale, code, arguments));
    }

    void general(String code, Object... arguments) {
        messages.add(Texts.text(locale, code, arguments));
    }

    boolean any() {
        return !messages.isEmpty();
    }

    List<String> messages() {
        return messages;
    }

    Locale locale() {
        return locale;
    }
}
