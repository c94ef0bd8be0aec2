package vn.tinhso.servicequality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;
import vn.tinhso.procedure.Field;
import vn.tinhso.procedure.Procedures;

/**
 * The service-quality figures of any unit, field and period, live: what the dashboard, the Biểu 06 report and the
 * Decision 766 index read. A unit is an agency code standing for the agency and every agency below it; the
 * province is its People's Committee. Access is checked by the callers (see {@link Reach}).
 */
@Service
public class Statistics {

    /** The most dossiers a drill-down lists at once. */
    public static final int MAX_LIST = 1000;

    private final UnitTree tree;
    private final Totals totals;
    private final OnlineProcedures onlineProcedures;
    private final Catalogue catalogue;
    private final Facts facts;
    private final Procedures procedures;

    Statistics(UnitTree tree, Totals totals, OnlineProcedures onlineProcedures, Catalogue catalogue, Facts facts,
               Procedures procedures) {
        this.tree = tree;
        this.totals = totals;
        this.onlineProcedures = onlineProcedures;
        this.catalogue = catalogue;
        this.facts = facts;
        this.procedures = procedures;
    }

    /**
     * The figures of a unit, and of one field or all, for a period.
     *
     * @param unitCode an agency code
     * @param fieldCode a field code, or {@code null} for all fields
     * @param period the period
     * @throws NotFound when no agency or field has that code
     */
    public Figures of(String unitCode, String fieldCode, Period period) {
        String unit = tree.require(unitCode).code();
        String field = field(fieldCode);
        Figures counted = totals.byUnit(List.of(unit), field, period).getOrDefault(unit, Figures.ZERO);
        long used = onlineProcedures.count(List.of(unit), field, period).getOrDefault(unit, 0L);
        return withCatalogue(counted, catalogue.offer(tree.within(unit), field, period.to()), used);
    }

    /** The unit's name, kind and parent. */
    public Unit unit(String unitCode) {
        return tree.require(unitCode);
    }

    /** The units right below a unit (its departments, communes, desks), by code. */
    public List<Unit> children(String unitCode) {
        tree.require(unitCode);
        return tree.children(unitCode.strip());
    }

    /**
     * The figures of each unit right below a unit. The unit's own dossiers (received by the agency itself) are the
     * difference between its figures and the sum of these.
     */
    public List<UnitFigures> byAgency(String unitCode, Period period) {
        List<Unit> children = children(unitCode).stream().filter(child -> child.workedDuring(period)).toList();
        List<String> codes = children.stream().map(Unit::code).toList();
        Map<String, Figures> counted = totals.byUnit(codes, null, period);
        Map<String, Long> used = onlineProcedures.count(codes, null, period);
        return children.stream()
                .map(child -> new UnitFigures(child, withCatalogue(counted.getOrDefault(child.code(), Figures.ZERO),
                        catalogue.offer(tree.within(child.code()), null, period.to()),
                        used.getOrDefault(child.code(), 0L))))
                .toList();
    }

    /**
     * The figures of each field with something to report in the period (received, carried over, in progress or
     * rated), by the field's name.
     */
    public List<FieldFigures> byField(String unitCode, Period period) {
        String unit = tree.require(unitCode).code();
        Map<String, Figures> counted = totals.byField(unit, period);
        Map<String, Long> used = onlineProcedures.countByField(unit, period);
        Map<String, Catalogue.Offer> offers = catalogue.byField(tree.within(unit), period.to());
        var rows = new ArrayList<FieldFigures>();
        for (Field field : procedures.fields()) {
            Figures figures = counted.get(field.code());
            if (figures != null && (figures.receivedTotal() > 0 || figures.ratings() > 0)) {
                rows.add(new FieldFigures(field.code(), field.name(), withCatalogue(figures,
                        offers.getOrDefault(field.code(), Catalogue.Offer.NONE),
                        used.getOrDefault(field.code(), 0L))));
            }
        }
        return rows;
    }

    /** Biểu 06/VPCP/KSTT of a unit for a period: one row per field, and the total. */
    public Report report(String unitCode, Period period) {
        Unit unit = tree.require(unitCode);
        return new Report(unit, period, byField(unit.code(), period), of(unit.code(), null, period));
    }

    /** The figures of each week or month of a period (the first and last cut to the period), all fields. */
    public List<TrendPoint> trend(String unitCode, Period period, Granularity granularity) {
        return trend(unitCode, null, period, granularity);
    }

    /** The figures of each week or month of a period (the first and last cut to the period) for a field or all. */
    public List<TrendPoint> trend(String unitCode, String fieldCode, Period period, Granularity granularity) {
        tree.require(unitCode);
        var points = new ArrayList<TrendPoint>();
        for (Period step : steps(period, granularity)) {
            points.add(new TrendPoint(step, of(unitCode, fieldCode, step)));
        }
        return points;
    }

    /**
     * The dossiers behind a figure, the most recently received first.
     *
     * @param limit at most this many, 1 to {@link #MAX_LIST}
     */
    public List<DossierRef> dossiers(String unitCode, String fieldCode, Period period, Measure measure, int limit) {
        tree.require(unitCode);
        if (limit < 1 || limit > MAX_LIST) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "servicequality.limit", MAX_LIST);
        }
        if (measure == null) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "servicequality.measure.missing");
        }
        return facts.dossiers(tree.within(unitCode.strip()), field(fieldCode), period, measure, limit);
    }

    static List<Period> steps(Period period, Granularity granularity) {
        var steps = new ArrayList<Period>();
        LocalDate start = period.from();
        while (!start.isAfter(period.to())) {
            LocalDate end = switch (granularity) {
                case WEEK -> Period.week(start).to();
                case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            };
            if (end.isAfter(period.to())) {
                end = period.to();
            }
            steps.add(Period.of(start, end));
            start = end.plusDays(1);
        }
        return steps;
    }

    private static Figures withCatalogue(Figures counted, Catalogue.Offer offer, long withOnlineDossier) {
        return counted.withProcedures(offer.procedures(), offer.online(), offer.fullProcess(), withOnlineDossier);
    }

    private String field(String fieldCode) {
        if (fieldCode == null || fieldCode.isBlank()) {
            return null;
        }
        String code = fieldCode.strip();
        if (procedures.fields().stream().noneMatch(f -> f.code().equals(code))) {
            throw new NotFound("lĩnh vực", code);
        }
        return code;
    }
}
