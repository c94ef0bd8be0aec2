package vn.tinhso.procedure.exchange;

import java.util.List;

/**
 * How an import ended.
 *
 * @param kind imported, refused for its problems, or refused as a whole
 * @param recorded versions recorded
 * @param unchanged rows skipped because they say what is already in force
 * @param problems every problem, when {@code kind} is {@link Kind#INVALID}
 * @param refusal the message key (with {@code arguments}) when the file as a whole was refused
 * @param arguments arguments of {@code refusal}
 */
record Outcome(Kind kind, int recorded, int unchanged, List<Problem> problems, String refusal, List<Object> arguments) {

    Outcome {
        problems = List.copyOf(problems);
        arguments = List.copyOf(arguments);
    }

    static Outcome imported(int recorded, int unchanged) {
        return new Outcome(Kind.IMPORTED, recorded, unchanged, List.of(), "", List.of());
    }

    static Outcome invalid(List<Problem> problems) {
        return new Outcome(Kind.INVALID, 0, 0, problems, "", List.of());
    }

    static Outcome refused(String key, Object... arguments) {
        return new Outcome(Kind.REFUSED, 0, 0, List.of(), key, List.of(arguments));
    }

    /** The three ways an import ends. */
    enum Kind {
        /** Everything valid; the changes were recorded. */
        IMPORTED,
        /** Some rows have problems; nothing was recorded. */
        INVALID,
        /** The file could not be read at all (not a workbook, wrong JSON format, a failure); nothing was recorded. */
        REFUSED
    }
}
