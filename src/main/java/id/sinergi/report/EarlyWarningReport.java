package id.sinergi.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.cascade.Accumulation;
import id.sinergi.cascade.Polarity;
import id.sinergi.cascade.Reporting;
import id.sinergi.common.PageRequest;
import id.sinergi.config.Bands;
import id.sinergi.config.SinergiConfig;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Early warning (peringatan dini) at the end of a quarter: the indicators whose figure to date, projected to
 * the year's end, misses the year's target (capaian projected below WARNING_BELOW: OFF_TRACK), and those with
 * a period due and unreported (OVERDUE: REPORTING_DAYS after it ended). Projections: SQL projection() in
 * R__figures.sql; docs/domain.md, "Early warning".
 */
@ApplicationScoped
public class EarlyWarningReport {

    static final List<String> COLUMNS = List.of("agency", "node", "indicator", "name", "unit", "polarity", "reporting",
            "accumulation", "realisation", "derivation", "target", "min", "max", "projection", "projectionMethod",
            "projectedAchievement", "formula", "predikat", "colour", "overdue", "warnings");

    /** Why an indicator is warned about (the SQL below names them). */
    @Schema(name = "WarningSignal")
    public enum Signal { OFF_TRACK, OVERDUE }

    @Schema(name = "EarlyWarning")
    public record Warning(String agency, String node, String indicator, String name, String unit, @Schema(implementation = Polarity.class) String polarity,
                          Reporting reporting, Accumulation accumulation,
                          @Schema(description = "Figure to date at the quarter's end") @MayBeAbsent BigDecimal realisation,
                          @Schema(example = "Q1 18 + Q2 22 = 40") @MayBeAbsent String derivation,
                          @Schema(description = "The year's target") BigDecimal target, @MayBeAbsent BigDecimal min, @MayBeAbsent BigDecimal max,
                          @Schema(description = "The year's figure projected from the figure to date") @MayBeAbsent BigDecimal projection,
                          @Schema(description = "How it was projected", example = "run-rate: 40 / 6 months x 12 = 80")
                          @MayBeAbsent String projectionMethod,
                          @Schema(description = "Capaian of the projection against the year's target")
                          @MayBeAbsent BigDecimal projectedAchievement,
                          @Schema(example = "80 / 100 x 100 = 80") String formula,
                          @Schema(description = "Predikat band of the projected capaian") @MayBeAbsent String predikat,
                          @MayBeAbsent String colour,
                          @Schema(description = "Periods up to the quarter's end past their due date without a realisation",
                                  example = "[\"Q2\"]") List<String> overdue,
                          @Schema(type = SchemaType.ARRAY, implementation = Signal.class,
                                  description = "OFF_TRACK (projected capaian below the threshold), OVERDUE, or both")
                          List<String> warnings) implements Report.Line {
        public List<Object> cells() {
            return Arrays.asList(agency, node, indicator, name, unit, polarity, reporting, accumulation, realisation,
                    derivation, target, min, max, projection, projectionMethod, projectedAchievement, formula, predikat,
                    colour, String.join(" ", overdue), String.join(" ", warnings));
        }
    }

    private static final RowMapper<Warning> WARNING = ConstructorMapper.of(Warning.class);

    // Flags a nation's indicators by comparing the numbers stored with their figures (indicator_standing: the
    // projected capaian and the first period without a figure, R__figures.sql), the indicators of trees that
    // reported nothing in the year counting as unreported. The total counts the flags over narrow rows; the page
    // walks the trees in order and stops when it is full; only its rows' figures are read and their texts built
    // (projection method, formula, band, overdue periods).
    private static final String SCOPE = """
            with due as (
                -- the last month of the year whose period is past due today: a period ending in it or before is overdue
                select coalesce(max(m), 0) as month
                from generate_series(1, 12) m
                where period_due(:year, 'M' || lpad(m::text, 2, '0'), :reportingDays) < current_date
            ), scope as (
                select ct.tree_id, ct.version_id, a.code as agency
                from current_tree ct
                join agency a on a.id = ct.agency_id
                where ct.period_id = :period and (:agency::bigint is null or ct.agency_id = :agency)
            )""";

    /**
     * Whether a standing row warns, from every figure or from verified ones only (the column named, not chosen per
     * row); the thresholds are cast once (initplans), not for each of a nation's rows.
     */
    private static String flagged(boolean verifiedOnly) {
        return "(least(x." + (verifiedOnly ? "verified_" : "") + "projected_achievement, (select :cap::float8))"
                + " < (select :warningBelow::float8) or x.first_missing_month <= (select month from due))";
    }

    private static final String UNREPORTED = """
            (not exists (select 1 from indicator_standing x where x.tree_id = s.tree_id and x.year = :year)
             and end_month(first_period_through(i.reporting, :quarter)) <= (select month from due))""";

    private static String count(boolean verifiedOnly) {
        return SCOPE + """
            select (select count(*)
                    from scope s
                    join indicator_standing x on x.tree_id = s.tree_id and x.year = :year and x.quarter = :quarter
                    where """ + flagged(verifiedOnly) + """
            )
                 + (select count(*)
                    from scope s
                    join indicator i on i.version_id = s.version_id
                    where """ + UNREPORTED + """
            ) as count""";
    }

    private static String page(boolean verifiedOnly) {
        return SCOPE + """
            , page as (
                select s.tree_id, s.version_id, s.agency, f.key, f.position
                from scope s
                cross join lateral (
                    select x.indicator_key as key, x.position
                    from indicator_standing x
                    where x.tree_id = s.tree_id and x.year = :year and x.quarter = :quarter and """ + flagged(verifiedOnly) + """

                    union all
                    select i.key, i.position
                    from indicator i
                    where i.version_id = s.version_id and """ + UNREPORTED + """

                ) f
                order by s.agency, f.position
                limit :limit offset :offset
            ), figured as (
                select p.agency, p.position, i.node_key, i.key, i.name, i.unit, i.polarity, i.reporting,
                       i.accumulation, t.value as target, t.min_value, t.max_value, r.missing,
                       case when :verifiedOnly then r.verified_value else r.value end as realisation,
                       case when :verifiedOnly then r.verified_projection else r.projection end as projection,
                       case when :verifiedOnly then r.verified_latest_period else r.latest_period end as latest_period,
                       case when :verifiedOnly then r.verified_explanation else r.explanation end as derivation,
                       case when r.tree_id is null then end_month(first_period_through(i.reporting, :quarter))
                            else r.first_missing_month end <= (select month from due) as overdue
                from page p
                join indicator i on i.version_id = p.version_id and i.key = p.key
                left join indicator_target t on t.version_id = i.version_id and t.indicator_key = i.key and t.year = :year
                left join realisation_to_date r on r.tree_id = p.tree_id and r.indicator_key = i.key and r.year = :year
                                                and r.quarter = :quarter
            ), shown as (
                select f.*, capaian(f.polarity, f.target, f.min_value, f.max_value, f.projection, :cap)
                                as projected_achievement,
                       array(select m from unnest(coalesce(f.missing, periods_through(f.reporting, :quarter))) m
                             where end_month(m) <= (select month from due))::varchar[] as overdue_periods
                from figured f
            )
            select s.agency, s.node_key as node, s.key as indicator, s.name, s.unit, s.polarity, s.reporting, s.accumulation,
                   s.realisation, s.derivation, s.target, s.min_value as min, s.max_value as max, s.projection,
                   projection_method(s.accumulation, s.realisation, s.latest_period) as projection_method,
                   round(s.projected_achievement, 2) as projected_achievement,
                   capaian_formula(s.polarity, s.target, s.min_value, s.max_value, s.projection, :cap) as formula,
                   s.overdue_periods as overdue,
                   array_remove(array[case when s.projected_achievement < :warningBelow then 'OFF_TRACK' end,
                                      case when s.overdue then 'OVERDUE' end], null) as warnings,
                   """ + Bands.columns("round(s.projected_achievement, 2)") + """

            from shown s
            order by s.agency, s.position""";
    }

    @Inject
    SinergiConfig config;

    @Inject
    ReportSql sql;

    @Transactional
    public Report<Warning> report(ReportScope scope, int quarter, boolean verifiedOnly, PageRequest paging) {
        ReportSql.Binding flags = query -> query.bind("period", scope.periodId()).bind("agency", scope.agencyId())
                .bind("year", scope.year()).bind("quarter", quarter).bind("cap", config.achievement().cap())
                .bind("reportingDays", config.monitoring().reportingDays())
                .bind("warningBelow", config.monitoring().warningBelow());
        List<Warning> warnings = sql.list(page(verifiedOnly), WARNING, query -> {
            flags.bind(query);
            query.bind("verifiedOnly", verifiedOnly).bind("limit", paging.size()).bind("offset", paging.offset());
            config.achievement().bands().bind(query);
        });
        long total = sql.list(count(verifiedOnly), (row, context) -> row.getLong("count"), flags).get(0);
        return new Report<>(scope.period(), scope.year(), null, null, warnings, total, paging.page(), paging.size(),
                COLUMNS).counting(quarter, verifiedOnly);
    }
}
