package vn.tinhso.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import vn.tinhso.procedure.CatalogueTopics.Subject;
import vn.tinhso.procedure.CatalogueTopics.Topic;

/**
 * Catalogues of any size for benchmarks: the demo catalogue plus made-up procedures whose names, fields and mix
 * look like a province's real catalogue. The mix follows the figures of Hải Dương (Báo Hải Dương, 03/09/2023): of
 * 1,889 online services, 581 full-process (31%) and 630 on the national portal (33%).
 * <p>
 * Made-up procedures have codes from {@value #FIRST_CODE} up, in the {@code 9.} range that national codes do not
 * use. The same demo, size and seed always give the same catalogue.
 */
final class CatalogueGenerator {

    static final String FIRST_CODE = "9.700001";
    private static final int FIRST_NUMBER = 700_001;
    private static final double FULL_PROCESS_SHARE = 581.0 / 1889;
    private static final double NATIONAL_PORTAL_SHARE = 630.0 / 1889;
    private static final int[] WORKING_DAYS = {3, 5, 7, 10, 12, 15, 20, 30};
    private static final long[] CHARGES = {50_000, 100_000, 150_000, 200_000, 300_000, 500_000, 1_000_000};

    private CatalogueGenerator() {
    }

    /**
     * A catalogue of {@code size} procedures: the first {@code size} of the demo's, then made-up ones.
     *
     * @param demo the demo catalogue
     * @param size how many procedures, at most 299,999 more than the demo has
     * @param seed the same seed gives the same catalogue
     */
    static CatalogueDocument scaled(CatalogueDocument demo, int size, long seed) {
        int made = size - demo.procedures().size();
        if (size < 0 || made > 999_999 - FIRST_NUMBER + 1) {
            throw new IllegalArgumentException("Cannot generate a catalogue of " + size + " procedures");
        }
        if (made <= 0) {
            return new CatalogueDocument(demo.format(), demo.fields(), demo.procedures().subList(0, size));
        }
        var random = new Random(seed);
        var procedures = new ArrayList<>(demo.procedures());
        LocalDate validFrom = LocalDate.of(2025, 7, 1);
        List<Candidate> names = names(demo, made, random);
        for (int i = 0; i < made; i++) {
            var code = new ProcedureCode("9.%06d".formatted(FIRST_NUMBER + i));
            procedures.add(new Publication(code, validFrom, details(names.get(i), random)));
        }
        return new CatalogueDocument(demo.format(), fields(demo), procedures);
    }

    /** A name and what it was built from. */
    private record Candidate(String name, Topic topic, Subject subject) {
    }

    /** {@code count} distinct names, none a demo name, in an order the seed decides. */
    private static List<Candidate> names(CatalogueDocument demo, int count, Random random) {
        Set<String> taken = new HashSet<>();
        demo.procedures().forEach(publication -> taken.add(publication.details().name()));
        var all = new ArrayList<Candidate>();
        for (Topic topic : CatalogueTopics.ALL) {
            for (Subject subject : topic.subjects()) {
                for (String verb : subject.pattern().verbs) {
                    String base = verb.formatted(subject.object());
                    all.add(new Candidate(base, topic, subject));
                    topic.qualifiers().forEach(q -> all.add(new Candidate(base + " " + q, topic, subject)));
                }
            }
        }
        all.removeIf(candidate -> !taken.add(candidate.name()));
        Collections.shuffle(all, random);
        var names = new ArrayList<Candidate>(count);
        for (int round = 1; names.size() < count; round++) {
            String suffix = round == 1 ? "" : " (mẫu " + round + ")";
            for (int i = 0; i < all.size() && names.size() < count; i++) {
                Candidate candidate = all.get(i);
                names.add(new Candidate(candidate.name() + suffix, candidate.topic(), candidate.subject()));
            }
        }
        return names;
    }

    private static ProcedureDetails details(Candidate candidate, Random random) {
        Topic topic = candidate.topic();
        boolean fullProcess = random.nextDouble() < FULL_PROCESS_SHARE;
        boolean onPortal = random.nextDouble() < NATIONAL_PORTAL_SHARE;
        List<Fee> fees = random.nextInt(100) < 35
                ? List.of(new Fee("", Fee.Kind.CHARGE, "Lệ phí " + lowerFirst(candidate.name()),
                        CHARGES[random.nextInt(CHARGES.length)], ""))
                : List.of();
        return new ProcedureDetails(candidate.name(), topic.field().code(), topic.level(), topic.agencyCodes(),
                Set.copyOf(topic.applicants()),
                new ProcessingTime(WORKING_DAYS[random.nextInt(WORKING_DAYS.length)], ProcessingTime.Unit.WORKING_DAYS),
                null, fullProcess ? OnlineLevel.FULL_PROCESS : OnlineLevel.PARTIAL, onPortal, topic.legalBasis(),
                documents(candidate), fees, result(candidate.subject(), fullProcess), Workflow.standard(), false);
    }

    private static List<RequiredDocument> documents(Candidate candidate) {
        return List.of(
                new RequiredDocument("Đơn đề nghị " + lowerFirst(candidate.name()) + " theo mẫu", 1, 0, true, "",
                        "don-de-nghi.docx"),
                new RequiredDocument("Giấy tờ chứng minh đủ điều kiện theo quy định", 0, 1, true, "", ""),
                new RequiredDocument("Văn bản ủy quyền", 1, 0, false,
                        "Trường hợp người nộp hồ sơ là người được ủy quyền", ""));
    }

    private static Result result(Subject subject, boolean electronic) {
        String name = switch (subject.pattern()) {
            case PERMIT, CERTIFICATE -> upperFirst(subject.object());
            case REGISTRATION, NOTICE -> "Giấy xác nhận đăng ký";
            case CIVIL_STATUS -> "Trích lục hộ tịch";
            case RECOGNITION -> "Quyết định công nhận";
            case APPRAISAL -> "Văn bản thông báo kết quả thẩm định, phê duyệt";
            case BENEFIT -> "Quyết định hưởng chế độ";
        };
        return new Result(name, electronic ? Set.of(Result.Form.ELECTRONIC, Result.Form.PAPER) : Set.of(Result.Form.PAPER));
    }

    /** The demo's fields, then the topics' fields the demo does not have. */
    private static List<Field> fields(CatalogueDocument demo) {
        Map<String, Field> fields = new LinkedHashMap<>();
        demo.fields().forEach(field -> fields.put(field.code(), field));
        CatalogueTopics.ALL.forEach(topic -> fields.putIfAbsent(topic.field().code(), topic.field()));
        return List.copyOf(fields.values());
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String upperFirst(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
