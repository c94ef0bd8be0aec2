package vn.tinhso.procedure;

import java.util.List;

/**
 * Something wrong with a procedure as submitted: where ({@code path}, e.g. {@code fees[1].amount}), what (a
 * message key) and the message's arguments. The editor shows it beside the field; an import shows it with the
 * row and column.
 *
 * @param path the property path inside {@link ProcedureDetails}, or {@code code} / {@code validFrom}
 * @param messageKey key in the message bundles
 * @param arguments arguments of the message
 */
public record Violation(String path, String messageKey, List<Object> arguments) {

    public Violation(String path, String messageKey, Object... arguments) {
        this(path, messageKey, List.of(arguments));
    }

    public Violation {
        arguments = List.copyOf(arguments);
    }
}
