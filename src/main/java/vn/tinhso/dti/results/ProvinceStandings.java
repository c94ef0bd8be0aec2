package vn.tinhso.dti.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.tinhso.dti.cycle.DtiProperties;
import vn.tinhso.dti.cycle.StoredFrameworks;
import vn.tinhso.dti.scoring.Framework;
import vn.tinhso.dti.scoring.MainIndex;
import vn.tinhso.dti.scoring.PathToTarget;
import vn.tinhso.dti.scoring.Place;
import vn.tinhso.dti.scoring.Ranking;
import vn.tinhso.dti.scoring.RefusedAnswer;
import vn.tinhso.dti.scoring.Scoring;
import vn.tinhso.dti.scoring.Standing;
import vn.tinhso.dti.scoring.UnitResult;
import vn.tinhso.organization.AdminUnit;
import vn.tinhso.organization.AdminUnits;
import vn.tinhso.platform.Refusal;

/**
 * The province among all provinces, from the national tables: its rank and values each year, the gaps to the leader
 * and to the average on each main index, the change since the year before with the engine's sentence, and the path
 * to a target rank. The national tables give main-index values only, so each indicator is taken at its main index's
 * value (points available shared in proportion to the indicators' maxima) and the plan names indicators.
 */
@Service
public class ProvinceStandings {

    private final NationalTables tables;
    private final StoredFrameworks frameworks;
    private final Efforts efforts;
    private final AdminUnits units;
    private final String province;

    ProvinceStandings(NationalTables tables, StoredFrameworks frameworks, Efforts efforts, AdminUnits units,
                      DtiProperties properties) {
        this.tables = tables;
        this.frameworks = frameworks;
        this.efforts = efforts;
        this.units = units;
        this.province = properties.province();
    }

    /** The province's code in the tables. */
    public String province() {
        return province;
    }

    /** The position in the latest year with a table. */
    public Optional<Position> latest() {
        List<Integer> years = tables.years();
        return years.isEmpty() ? Optional.empty() : position(years.get(years.size() - 1), Locale.forLanguageTag("vi"));
    }

    /** The national ranking of a year. */
    public NationalRanking ranking(int year) {
        NationalTable table = tables.get(year);
        Framework framework = frameworks.latest(table.frameworkCode())
                .orElseThrow(() -> Refusal.of("dti.national.unknown-framework", table.frameworkCode())).framework();
        var results = new ArrayList<UnitResult>();
        var names = new LinkedHashMap<String, String>();
        for (NationalTable.Row row : table.rows()) {
            names.put(row.provinceCode(), row.provinceName());
            results.add(UnitResult.ranked(row.provinceCode(), IndicatorEstimates.of(framework, row.values())));
        }
        return new NationalRanking(table, framework, Scoring.rank(framework, results), names);
    }

    /** The province's position in a year, empty when the table has no row for it. */
    public Optional<Position> position(int year, Locale locale) {
        NationalRanking national = ranking(year);
        Optional<Standing> mine = national.ranking().standing(province);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        List<Standing> all = national.ranking().standings();
        Standing leader = all.get(0);
        var indices = new ArrayList<IndexGap>();
        for (MainIndex index : national.framework().countedMainIndices()) {
            Place place = mine.get().mainIndices().get(index.code());
            BigDecimal best = all.stream().map(s -> s.mainIndices().get(index.code()).value())
                    .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            BigDecimal average = all.stream().map(s -> s.mainIndices().get(index.code()).value())
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(all.size()), 4, RoundingMode.HALF_UP);
            indices.add(new IndexGap(index.code(), index.name(), index.maxPoints(), place.value(), place.rank(), best,
                    average, best.subtract(place.value()), place.value().subtract(average)));
        }
        String summary = null;
        if (tables.find(year - 1).isPresent()) {
            NationalRanking before = ranking(year - 1);
            var comparison = Scoring.compare(national.ranking(), before.ranking(), merges(before, national));
            summary = Scoring.summary(comparison, province, national.name(province), year - 1, locale);
        }
        return Optional.of(new Position(year, national.name(province), mine.get().rank(),
                national.ranking().rankedCount(), mine.get().total().value(), national.name(leader.unit()),
                leader.total().value(), indices, summary, national.table().illustrative()));
    }

    /** The province's rank and value each year with a table, oldest first. */
    public List<HistoryPoint> history() {
        var history = new ArrayList<HistoryPoint>();
        for (int year : tables.years()) {
            NationalRanking national = ranking(year);
            national.ranking().standing(province).ifPresent(standing -> history.add(new HistoryPoint(year,
                    standing.rank(), national.ranking().rankedCount(), standing.total().value())));
        }
        return history;
    }

    /** The points needed to reach the target rank in a year's table, and the plan by points per effort. */
    public PathToTarget path(int year, int target) {
        NationalRanking national = ranking(year);
        if (national.ranking().standing(province).isEmpty()) {
            throw Refusal.of("dti.province.absent", province, String.valueOf(year));
        }
        try {
            return Scoring.pathTo(national.ranking(), province, target, efforts.of(national.framework().code()));
        } catch (RefusedAnswer refused) {
            throw Refusal.of("dti.province.target", String.valueOf(target), refused.message(Locale.forLanguageTag("vi")));
        }
    }

    /**
     * Provinces of the later table formed from several of the earlier one (the merger of 01/07/2025): each takes
     * the mean of its predecessors' values, as the national report compares them.
     */
    Map<String, List<String>> merges(NationalRanking before, NationalRanking after) {
        var merges = new LinkedHashMap<String, List<String>>();
        LocalDate then = LocalDate.of(before.table().year(), 6, 30);
        LocalDate endOfLater = LocalDate.of(after.table().year(), 12, 31);
        for (String code : before.names().keySet()) {
            Optional<AdminUnit> unit = units.find(code, then);
            if (unit.isEmpty()) {
                continue;
            }
            for (AdminUnit successor : units.successorsOf(unit.get().id())) {
                boolean mergedBetween = successor.validFrom() != null && successor.validFrom().isAfter(then)
                        && !successor.validFrom().isAfter(endOfLater);
                if (mergedBetween && after.names().containsKey(successor.code())) {
                    merges.computeIfAbsent(successor.code(), c -> new ArrayList<>()).add(code);
                }
            }
        }
        merges.entrySet().removeIf(entry -> entry.getValue().equals(List.of(entry.getKey())));
        return merges;
    }

    /**
     * A national table ranked by the engine.
     *
     * @param names province code → name
     */
    public record NationalRanking(NationalTable table, Framework framework, Ranking ranking, Map<String, String> names) {

        public String name(String code) {
            return names.getOrDefault(code, code);
        }
    }

    /**
     * The province in one year.
     *
     * @param summary the engine's sentence against the year before, null without its table
     */
    public record Position(int year, String name, Integer rank, int ranked, BigDecimal value, String leaderName,
                           BigDecimal leaderValue, List<IndexGap> indices, String summary, boolean illustrative) {
    }

    /**
     * A main index of the province beside the leader (the best value on it) and the average.
     *
     * @param gapToLeader how far below the best value, ≥ 0
     * @param againstAverage above (positive) or below (negative) the average
     */
    public record IndexGap(String code, String name, BigDecimal maxPoints, BigDecimal value, Integer rank,
                           BigDecimal leader, BigDecimal average, BigDecimal gapToLeader, BigDecimal againstAverage) {
    }

    /** The province's rank in a year. */
    public record HistoryPoint(int year, Integer rank, int ranked, BigDecimal value) {
    }
}
