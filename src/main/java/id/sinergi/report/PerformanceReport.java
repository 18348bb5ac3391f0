package id.sinergi.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.cascade.Polarity;
import id.sinergi.common.PageRequest;
import id.sinergi.config.Bands;
import id.sinergi.config.SinergiConfig;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The tables of the Laporan Kinerja (LKjIP) of an agency for a year, per sasaran indicator: the year's target,
 * realisation and capaian, measured against the agreement in force (Perjanjian Kinerja) when one is signed;
 * the same for each earlier year of the period; the end-of-period target and the progress towards it; and the
 * budget below the sasaran with its absorption (docs/domain.md, "Laporan Kinerja").
 */
@ApplicationScoped
public class PerformanceReport {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LkjipTarget", description = "A target: a value, a min/max band (RANGE) or a label (QUALITATIVE)")
    public record Target(BigDecimal value, @MayBeAbsent BigDecimal min, @MayBeAbsent BigDecimal max, @MayBeAbsent String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LkjipYear", description = "Target, realisation and capaian of one year")
    public record YearFigures(int year,
                              @Schema(description = "The agreement version the year is measured against; absent when "
                                      + "none was signed (the tree's target)") @MayBeAbsent Integer agreementVersion,
                              Target target, @MayBeAbsent BigDecimal realisation, @MayBeAbsent BigDecimal capaian, @MayBeAbsent String predikat, @MayBeAbsent String colour) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LkjipIndicator", description = "One sasaran indicator of the Laporan Kinerja")
    public record SasaranIndicator(String indicator, String node, String statement, String name, String unit,
                                   @Schema(implementation = Polarity.class) String polarity,
                                   @Schema(description = "The year reported on") YearFigures year,
                                   @Schema(description = "Each earlier year of the period, oldest first")
                                   List<YearFigures> earlierYears,
                                   @Schema(description = "Last year of the period") int endOfPeriodYear,
                                   @Schema(description = "Target of the period's last year (current tree version)")
                                   Target endOfPeriodTarget,
                                   @Schema(description = "Realisation of the year against the end-of-period target, by "
                                           + "the capaian formula of the polarity, uncapped") @MayBeAbsent BigDecimal progress,
                                   @Schema(description = "Ceiling in force of the budget lines below the sasaran")
                                   @MayBeAbsent BigDecimal ceiling,
                                   @MayBeAbsent BigDecimal spent, @MayBeAbsent BigDecimal absorption) implements Report.Row {

        /** CSV: one line per year, the year reported on first, then the earlier ones. */
        @Override
        public List<List<Object>> lines() {
            List<List<Object>> lines = new ArrayList<>();
            List<YearFigures> years = new ArrayList<>();
            years.add(year);
            years.addAll(earlierYears);
            for (YearFigures y : years) {
                Target t = y.target() == null ? new Target(null, null, null, null) : y.target();
                Target end = endOfPeriodTarget == null ? new Target(null, null, null, null) : endOfPeriodTarget;
                lines.add(Arrays.asList(indicator, node, statement, name, unit, polarity, y.year(), y.agreementVersion(),
                        t.value(), t.min(), t.max(), t.label(), y.realisation(), y.capaian(), y.predikat(),
                        endOfPeriodYear, end.value(), end.min(), end.max(), end.label(), progress, ceiling, spent,
                        absorption));
            }
            return lines;
        }
    }

    static final List<String> COLUMNS = List.of("indicator", "node", "statement", "name", "unit", "polarity", "year",
            "agreementVersion", "target", "min", "max", "label", "realisation", "capaian", "predikat", "endOfPeriodYear",
            "endOfPeriodTarget", "endOfPeriodMin", "endOfPeriodMax", "endOfPeriodLabel", "progress", "ceiling", "spent",
            "absorption");

    /** One year of one indicator, as the query returns it. */
    private record Line(SasaranIndicator indicator, YearFigures figures, boolean reportedYear) {
    }

    static final String SQL = """
            with tree as materialized (
                select ct.tree_id, ct.version_id, p.first_year, p.last_year
                from current_tree ct
                join planning_period p on p.id = ct.period_id
                where ct.period_id = :period and ct.agency_id = :agency
            ), agreed as materialized (
                -- the agreement in force for the year: the highest signed version
                select a.id, a.version
                from agreement a join tree t on t.tree_id = a.tree_id
                where a.year = :year and a.status = 'SIGNED'
                order by a.version desc
                limit 1
            ), sasaran as (
                -- the sasaran indicators measured: the agreement's when one is in force, else the current version's
                select ai.indicator_key as key, ai.node_key, ai.statement, ai.name, ai.unit, ai.polarity, ai.position
                from agreement_indicator ai
                where ai.agreement_id = (select id from agreed) and ai.level = 'TARGET'
                union all
                select i.key, i.node_key, n.statement, i.name, i.unit, i.polarity, i.position
                from tree t
                join indicator i on i.version_id = t.version_id
                join tree_node n on n.version_id = i.version_id and n.key = i.node_key and n.level = 'TARGET'
                where not exists (select 1 from agreed)
            ), page as materialized (
                select s.*, count(*) over () as total from sasaran s order by s.position limit :limit offset :offset
            ), line as (
                -- every year from the period's first to the one reported on; a year is measured against its own
                -- agreement in force when one was signed, else against the current version's target
                select p.key, p.node_key, p.statement, p.name, p.unit, p.polarity, p.position, p.total, y.year,
                       ag.version as agreement_version,
                       case when ag.version is not null then ag.value else it.value end as value,
                       case when ag.version is not null then ag.min_value else it.min_value end as min_value,
                       case when ag.version is not null then ag.max_value else it.max_value end as max_value,
                       case when ag.version is not null then ag.label else it.label end as label,
                       r.realisation
                from page p
                cross join tree t
                cross join generate_series(t.first_year, :year) y (year)
                left join lateral (select a.version, ai.value, ai.min_value, ai.max_value, ai.label
                                   from agreement a
                                   join agreement_indicator ai on ai.agreement_id = a.id and ai.indicator_key = p.key
                                   where a.tree_id = t.tree_id and a.year = y.year and a.status = 'SIGNED'
                                   order by a.version desc
                                   limit 1) ag on true
                left join indicator_target it on it.version_id = t.version_id and it.indicator_key = p.key
                                             and it.year = y.year
                -- one index lookup per indicator and year (offset 0 keeps it so): joined, the planner guessed a
                -- thousand years from generate_series and hashed every figure of the nation
                left join lateral (select case when :verifiedOnly then r.verified_value else r.value end as realisation
                                   from realisation_to_date r
                                   where r.tree_id = t.tree_id and r.indicator_key = p.key and r.year = y.year
                                     and r.quarter = 4
                                   offset 0) r on true
            ), scored as (
                select l.*, round(capaian(l.polarity, l.value, l.min_value, l.max_value, l.realisation, :cap), 2) as capaian
                from line l
            )
            select s.key, s.node_key, s.statement, s.name, s.unit, s.polarity, s.total, s.year, s.agreement_version,
                   case when s.label is null then s.value end as value, s.min_value, s.max_value, s.label, s.realisation,
                   s.capaian, """ + Bands.columns("s.capaian") + """
            ,
                   t.last_year, case when e.label is null then e.value end as end_value, e.min_value as end_min,
                   e.max_value as end_max, e.label as end_label,
                   case when s.year = :year
                        then round(capaian(s.polarity, e.value, e.min_value, e.max_value, s.realisation, null), 2) end
                       as progress,
                   b.ceiling, b.spent, absorption(b.spent, b.ceiling) as absorption
            from scored s
            cross join tree t
            left join indicator_target e on e.version_id = t.version_id and e.indicator_key = s.key
                                        and e.year = t.last_year
            left join lateral budget_below(t.tree_id, s.node_key, :year, 12) b on s.year = :year
            order by s.position, s.year = :year desc, s.year
            """;

    @Inject
    ReportSql sql;

    @Inject
    SinergiConfig config;

    @Transactional
    public Report<SasaranIndicator> report(ReportScope scope, boolean verifiedOnly, PageRequest paging) {
        Slice<Line> lines = sql.page(SQL, (r, ctx) -> {
            YearFigures figures = new YearFigures(r.getInt("year"), (Integer) r.getObject("agreement_version"),
                    target(r.getBigDecimal("value"), r.getBigDecimal("min_value"), r.getBigDecimal("max_value"),
                            r.getString("label")),
                    r.getBigDecimal("realisation"), r.getBigDecimal("capaian"), r.getString("predikat"),
                    r.getString("colour"));
            boolean reportedYear = r.getInt("year") == scope.year();
            SasaranIndicator indicator = !reportedYear ? null : new SasaranIndicator(r.getString("key"),
                    r.getString("node_key"), r.getString("statement"), r.getString("name"), r.getString("unit"),
                    r.getString("polarity"), figures, new ArrayList<>(), r.getInt("last_year"),
                    target(r.getBigDecimal("end_value"), r.getBigDecimal("end_min"), r.getBigDecimal("end_max"),
                            r.getString("end_label")),
                    r.getBigDecimal("progress"), r.getBigDecimal("ceiling"), r.getBigDecimal("spent"),
                    r.getBigDecimal("absorption"));
            return new Line(indicator, figures, reportedYear);
        }, q -> {
            q.bind("period", scope.periodId()).bind("agency", scope.agencyId()).bind("year", scope.year())
                    .bind("verifiedOnly", verifiedOnly).bind("cap", config.achievement().cap());
            config.achievement().bands().bind(q);
        }, paging.offset(), paging.size());
        // Lines come per indicator, the reported year first: the later lines are its earlier years.
        List<SasaranIndicator> indicators = new ArrayList<>();
        for (Line line : lines.items()) {
            if (line.reportedYear()) {
                indicators.add(line.indicator());
            } else {
                indicators.get(indicators.size() - 1).earlierYears().add(line.figures());
            }
        }
        return Report.of(scope, new Slice<>(indicators, lines.total()), paging, COLUMNS).counting(4, verifiedOnly);
    }

    private static Target target(BigDecimal value, BigDecimal min, BigDecimal max, String label) {
        return value == null && min == null && label == null ? null : new Target(value, min, max, label);
    }
}
