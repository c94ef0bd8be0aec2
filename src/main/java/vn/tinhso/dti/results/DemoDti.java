package vn.tinhso.dti.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.dti.cycle.AnswerInput;
import vn.tinhso.dti.cycle.Answers;
import vn.tinhso.dti.cycle.Appraisals;
import vn.tinhso.dti.cycle.Assessments;
import vn.tinhso.dti.cycle.DemoSwitch;
import vn.tinhso.dti.cycle.IndicatorAnswer;
import vn.tinhso.dti.cycle.NewPeriod;
import vn.tinhso.dti.cycle.Period;
import vn.tinhso.dti.cycle.Periods;
import vn.tinhso.dti.cycle.StoredFramework;
import vn.tinhso.dti.cycle.StoredFrameworks;
import vn.tinhso.dti.scoring.Indicator;
import vn.tinhso.dti.scoring.ScoringRule;
import vn.tinhso.identity.AccountKind;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.identity.Role;
import vn.tinhso.identity.RoleGrant;
import vn.tinhso.platform.TinhsoProperties;

/**
 * A living DTI on a fresh platform ({@code tinhso.demo.dti}, on by default): the illustrative national tables of
 * 2021–2023; the departments' DTI of 2024 and 2025 under the province's framework (297), self-assessed with
 * evidence, appraised by the council and published through the same services people use; and an open period of
 * the current year where some units have submitted and the Department of Science and Technology (dti.khcn) is still
 * answering. Answers are drawn from a fixed seed, so every fresh demo looks the same. Only into a database without
 * periods, after the frameworks, demo agencies and accounts.
 */
@Component
@Order(60)
class DemoDti implements ApplicationRunner {

    static final List<String> DEPARTMENTS = List.of("000.01.00.H26", "000.09.00.H26", "000.11.00.H26",
            "000.13.00.H26", "000.15.00.H26", "000.17.00.H26", "000.19.00.H26", "000.20.00.H26", "000.21.00.H26",
            "000.23.00.H26");
    /** The People's Committee's office provides no public services of its own: scored, not ranked. */
    static final String OFFICE = "000.01.00.H26";
    static final String SCIENCE = "000.13.00.H26";
    /** Sở Thông tin và Truyền thông tỉnh Hải Dương, merged into Science and Technology in 2025. */
    static final String INFORMATION = "000.25.00.H23";
    private static final Logger log = LoggerFactory.getLogger(DemoDti.class);

    private final Periods periods;
    private final Assessments assessments;
    private final Appraisals appraisals;
    private final Answers answers;
    private final StoredFrameworks frameworks;
    private final NationalTables tables;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean enabled;

    DemoDti(Periods periods, Assessments assessments, Appraisals appraisals, Answers answers, StoredFrameworks frameworks,
            NationalTables tables, TransactionTemplate transaction, JdbcClient jdbc, Clock clock,
            TinhsoProperties platform, DemoSwitch demo) {
        this.periods = periods;
        this.assessments = assessments;
        this.appraisals = appraisals;
        this.answers = answers;
        this.frameworks = frameworks;
        this.tables = tables;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = platform.demo().enabled() && demo.dti();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!enabled || !periods.all().isEmpty() || frameworks.latest("297-department").isEmpty()) {
            return;
        }
        loadNationalTables();
        transaction.executeWithoutResult(status -> loadEfforts());
        StoredFramework departments = frameworks.latest("297-department").orElseThrow();
        var previous = departments(2024, departments, withInformation(), true);
        var current = departments(2025, departments, DEPARTMENTS, true);
        var open = departments(LocalDate.now(clock).getYear(), departments, DEPARTMENTS, false);
        log.info("Loaded the demo DTI: periods {}, {} (published) and {} (open)", previous.id(), current.id(), open.id());
    }

    private void loadNationalTables() {
        for (int year = 2021; year <= 2023; year++) {
            if (tables.find(year).isPresent()) {
                continue;
            }
            int y = year;
            try (InputStream in = new ClassPathResource("dti/national/dti-" + year + ".csv").getInputStream()) {
                byte[] content = in.readAllBytes();
                transaction.executeWithoutResult(status -> tables.store(new NationalTables.NewTable(y, "922-province",
                        "Số liệu minh họa (demo), theo khuôn dạng Báo cáo DTI cấp tỉnh năm " + y, true), content,
                        "system"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Illustrative efforts for the provincial framework: documents are quick, rates and counts take a year. */
    private void loadEfforts() {
        frameworks.latest("922-province").ifPresent(stored -> stored.framework().indicators().forEach(indicator -> {
            BigDecimal effort = switch (kind(indicator)) {
                case "YES_NO" -> new BigDecimal("1.5");
                case "STEPS" -> new BigDecimal("2");
                case "MANUAL" -> new BigDecimal("4");
                case "AUTOMATIC" -> new BigDecimal("5");
                default -> new BigDecimal("3");
            };
            jdbc.sql("""
                    INSERT INTO dti_effort (framework_code, indicator_code, effort, note, updated_by, updated_at)
                    VALUES ('922-province', :code, :effort, 'Minh họa (demo)', 'system', now())
                    ON CONFLICT DO NOTHING
                    """).param("code", indicator.code()).param("effort", effort).update();
        }));
    }

    private List<String> withInformation() {
        var units = new java.util.ArrayList<>(DEPARTMENTS);
        units.add(INFORMATION);
        return units;
    }

    /** A period of the departments: every unit answers; published ones are appraised and published. */
    private Period departments(int year, StoredFramework framework, List<String> units, boolean publish) {
        CurrentUser council = user("dti.hoidong", "Hoàng Thị Mai", Role.DTI_COUNCIL, "000.01.00.H26");
        LocalDate selfDue = publish ? LocalDate.of(year + 1, 1, 20) : LocalDate.now(clock).plusDays(21);
        LocalDate appraisalDue = publish ? LocalDate.of(year + 1, 2, 28) : LocalDate.now(clock).plusDays(45);
        Period period = transaction.execute(status -> periods.open(council, new NewPeriod(year, framework.id(),
                "DTI " + year + " các sở, ban, ngành (minh họa)", selfDue, appraisalDue, units, List.of(OFFICE))));
        var random = new Random(year * 31L);
        for (String unit : units) {
            double strength = 0.6 + random.nextDouble() * 0.25;
            boolean stillAnswering = !publish && (unit.equals(SCIENCE) || random.nextInt(3) == 0);
            CurrentUser assessor = user(unit.equals(SCIENCE) ? "dti.khcn" : "demo.dti", "Cán bộ tự đánh giá",
                    Role.DTI_ASSESSOR, unit);
            List<Indicator> indicators = framework.framework().indicators();
            int answered = stillAnswering ? indicators.size() / 3 : indicators.size();
            transaction.executeWithoutResult(status -> {
                for (Indicator indicator : indicators.subList(0, answered)) {
                    AnswerInput input = answer(indicator, strength, random);
                    IndicatorAnswer answer = assessments.answer(assessor, period.id(), unit, indicator.code(), input);
                    if (answer.selfPoints().signum() > 0) {
                        assessments.addLink(assessor, period.id(), unit, indicator.code(),
                                "https://dti.haiphong.gov.vn/minh-chung/" + year + "/" + unit + "/" + indicator.code());
                    }
                }
            });
            if (!stillAnswering) {
                transaction.executeWithoutResult(status -> assessments.submit(assessor, period.id(), unit));
                if (publish) {
                    appraise(council, period, unit, indicators, random);
                }
            }
        }
        if (publish) {
            transaction.executeWithoutResult(status -> periods.publish(council, period.id()));
        }
        return period;
    }

    /** The council lowers about one answer in six, with its reason. */
    private void appraise(CurrentUser council, Period period, String unit, List<Indicator> indicators, Random random) {
        var given = answers.of(period.id(), unit);
        transaction.executeWithoutResult(status -> {
            for (Indicator indicator : indicators) {
                if (random.nextInt(6) != 0) {
                    continue;
                }
                BigDecimal lowered = given.get(indicator.code()).selfPoints().multiply(new BigDecimal("0.6"))
                        .setScale(2, RoundingMode.HALF_UP);
                appraisals.appraise(council, period.id(), unit, indicator.code(), lowered.toPlainString(),
                        "Minh chứng chưa đầy đủ, chỉ chấp nhận một phần.");
            }
        });
    }

    private static AnswerInput answer(Indicator indicator, double strength, Random random) {
        ScoringRule rule = indicator.rule() instanceof ScoringRule.Automatic automatic ? automatic.inner() : indicator.rule();
        double level = Math.max(0, Math.min(1, strength + random.nextGaussian() * 0.15));
        if (rule instanceof ScoringRule.YesNo yesNo) {
            var grades = yesNo.grades();
            int index = (int) Math.min(grades.size() - 1, Math.floor((1 - level) * grades.size()));
            return new AnswerInput(grades.get(index).code(), null, null, null, "");
        }
        if (rule instanceof ScoringRule.StepTable table) {
            var top = table.steps().get(table.steps().size() - 1).atLeast();
            return new AnswerInput(null, null, null, String.valueOf(Math.round(level * top.doubleValue())), "");
        }
        if (rule instanceof ScoringRule.Manual) {
            return new AnswerInput(null, null, null, indicator.maxPoints().multiply(BigDecimal.valueOf(level))
                    .setScale(1, RoundingMode.HALF_UP).toPlainString(), "Hội đồng cơ sở chấm");
        }
        int denominator = 20 + random.nextInt(200);
        int numerator = (int) Math.round(denominator * level);
        return new AnswerInput(null, String.valueOf(numerator), String.valueOf(denominator), null, "");
    }

    private static String kind(Indicator indicator) {
        ScoringRule rule = indicator.rule();
        if (rule instanceof ScoringRule.YesNo) {
            return "YES_NO";
        }
        if (rule instanceof ScoringRule.StepTable) {
            return "STEPS";
        }
        if (rule instanceof ScoringRule.Manual) {
            return "MANUAL";
        }
        return rule instanceof ScoringRule.Automatic ? "AUTOMATIC" : "RATE";
    }

    private static CurrentUser user(String username, String name, Role role, String agency) {
        return new CurrentUser(0, username, name, AccountKind.OFFICER, null, List.of(new RoleGrant(role, agency)));
    }
}
