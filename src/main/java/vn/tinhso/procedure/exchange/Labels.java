package vn.tinhso.procedure.exchange;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.tinhso.procedure.Applicant;
import vn.tinhso.procedure.Fee;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.ProcessingTime;
import vn.tinhso.procedure.Result;

/**
 * The Vietnamese words the workbook uses for enum values and yes / no. They are part of the file format (the same
 * whatever the user's language), so they live here rather than in the message bundles.
 */
final class Labels {

    static final Vocabulary<ProcedureLevel> LEVELS = new Vocabulary<>(ordered(
            ProcedureLevel.PROVINCE, "Tỉnh", ProcedureLevel.DISTRICT, "Huyện", ProcedureLevel.COMMUNE, "Xã"));
    static final Vocabulary<Applicant> APPLICANTS = new Vocabulary<>(ordered(
            Applicant.CITIZEN, "Công dân", Applicant.BUSINESS, "Doanh nghiệp"));
    static final Vocabulary<ProcessingTime.Unit> UNITS = new Vocabulary<>(ordered(
            ProcessingTime.Unit.WORKING_DAYS, "Ngày làm việc", ProcessingTime.Unit.WORKING_HOURS, "Giờ làm việc"));
    static final Vocabulary<OnlineLevel> ONLINE_LEVELS = new Vocabulary<>(ordered(
            OnlineLevel.FULL_PROCESS, "Toàn trình", OnlineLevel.PARTIAL, "Một phần", OnlineLevel.NONE, "Không"));
    static final Vocabulary<Result.Form> RESULT_FORMS = new Vocabulary<>(ordered(
            Result.Form.PAPER, "Giấy", Result.Form.ELECTRONIC, "Điện tử"));
    static final Vocabulary<Fee.Kind> FEE_KINDS = new Vocabulary<>(ordered(
            Fee.Kind.FEE, "Phí", Fee.Kind.CHARGE, "Lệ phí"));
    static final Vocabulary<Boolean> YES_NO = new Vocabulary<>(ordered(Boolean.TRUE, "Có", Boolean.FALSE, "Không"));

    /** Separates the values of a cell that holds several, e.g. {@code Công dân;Doanh nghiệp}. */
    static final String SEPARATOR = ";";

    private Labels() {
    }

    /** Text as typed by a person: Unicode composed (files from some editors are decomposed), trimmed, lower case. */
    static String comparable(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return composed.toLowerCase(Locale.forLanguageTag("vi"));
    }

    private static <E> Map<E, String> ordered(Object... pairs) {
        var map = new LinkedHashMap<E, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked") E key = (E) pairs[i];
            map.put(key, (String) pairs[i + 1]);
        }
        return map;
    }

    /** The labels of one enum, both ways. */
    record Vocabulary<E>(Map<E, String> labels, Map<String, E> values) {

        Vocabulary(Map<E, String> labels) {
            this(labels, reversed(labels));
        }

        private static <E> Map<String, E> reversed(Map<E, String> labels) {
            var values = new LinkedHashMap<String, E>();
            labels.forEach((value, label) -> values.put(comparable(label), value));
            return values;
        }

        String label(E value) {
            return labels.get(value);
        }

        Optional<E> parse(String text) {
            return Optional.ofNullable(values.get(comparable(text)));
        }

        List<String> choices() {
            return List.copyOf(labels.values());
        }

        /** The choices joined for a message, e.g. {@code Tỉnh, Huyện, Xã}. */
        String listed() {
            return String.join(", ", labels.values());
        }
    }
}
