package id.sinergi.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.cascade.Accumulation;
import id.sinergi.cascade.Reporting;
import id.sinergi.common.PageRequest;
import id.sinergi.config.Bands;
import id.sinergi.config.SinergiConfig;
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

    @Schema(name = "EarlyWarning")
    public record Warning(String agency, String node, String indicator, String name, String unit, String polarity,
                          Reporting reporting, Accumulation accumulation,
                          @Schema(description = "Figure to date at the quarter's end") BigDecimal realisation,
                          @Schema(example = "Q1 18 + Q2 22 = 40") String derivation,
                          @Schema(description = "The year's target") BigDecimal target, BigDecimal min, BigDecimal max,
                          @Schema(description = "The year's figure projected from the figure to date") BigDecimal projection,
                          @Schema(description = "How it was projected", example = "run-rate: 40 / 6 months x 12 = 80")
                          String projectionMethod,
                          @Schema(description = "Capaian of the projection against the year's target")
                          BigDecimal projectedAchievement,
                          @Schema(example = "80 / 100 x 100 = 80") String formula,
                          @Schema(description = "Predikat band of the projected capaian") String predikat,
                          String colour,
                          @Schema(description = "Periods up to the quarter's end past their due date without a realisation",
                                  example = "[\"Q2\"]") List<String> overdue,
                          @Schema(description = "OFF_TRACK (projected capaian below the threshold), OVERDUE, or both",
                                  example = "[\"OFF_TRACK\"]") List<String> warnings) implements Report.Line {
        public List<Object> cells() {
            return Arrays.asList(agency, node, indicator, name, unit, polarity, reporting, accumulation, realisation,
                    derivation, target, min, max, projection, projectionMethod, projectedAchievement, formula, predikat,
                    colour, String.join(" ", overdue), String.join(" ", warnings));
        }
    }

    private static final RowMapper<Warning> WARNING = ConstructorMapper.of(Warning.class);

    // Flags every indicator by comparing stored figures (the projection and the first missing period are kept with
    // the figures to date, R__figures.sql) so that a nation's indicators are tested in one pass; picks the page;
    // only then builds the texts of its rows (projection method, formula, band, overdue periods).
    private static final String SQL = """
            with due as (
                -- the last month of the year whose period is past due today: a period ending in it or before is overdue
                select coalesce(max(m), 0) as month
                from generate_series(1, 12) m
                where period_due(:year, 'M' || lpad(m::text, 2, '0'), :reportingDays) < current_date
            ), ind as (
                select ct.tree_id, ct.agency_id, ct.version_id, i.key, i.node_key, i.name, i.unit, i.polarity,
                       i.reporting, i.accumulation, i.position, t.value as target, t.min_value, t.max_value,
                       case when :verifiedOnly then r.verified_value else r.value end as realisation,
                       case when :verifiedOnly then r.verified_projection else r.projection end as projection,
                       case when :verifiedOnly then r.verified_latest_period else r.latest_period end as latest_period,
                       case when r.tree_id is null then end_month(first_period_through(i.reporting, :quarter))
                            else r.first_missing_month end as first_missing_month
                from current_tree ct
                join indicator i on i.version_id = ct.version_id
                left join indicator_target t on t.version_id = i.version_id and t.indicator_key = i.key and t.year = :year
                left join realisation_to_date r on r.tree_id = ct.tree_id and r.indicator_key = i.key and r.year = :year
                                                and r.quarter = :quarter
                where ct.period_id = :period and (:agency::bigint is null or ct.agency_id = :agency)
            ), flagged as (
                select ind.*, capaian(polarity, target, min_value, max_value, projection, :cap) as projected_achievement,
                       first_missing_month <= (select month from due) as overdue
                from ind
            ), page as (
                select f.*, a.code as agency, count(*) over () as total
                from flagged f
                join agency a on a.id = f.agency_id
                where f.projected_achievement < :warningBelow or f.overdue
                order by a.code, f.position
                limit :limit offset :offset
            ), shown as (
                select p.*, round(p.projected_achievement, 2) as rounded,
                       array(select m from unnest(coalesce(r.missing, periods_through(p.reporting, :quarter))) m
                             where end_month(m) <= (select month from due))::varchar[] as overdue_periods,
                       case when :verifiedOnly then r.verified_explanation else r.explanation end as derivation
                from page p
                left join realisation_to_date r on r.tree_id = p.tree_id and r.indicator_key = p.key and r.year = :year
                                                and r.quarter = :quarter
            )
            select s.agency, s.node_key as node, s.key as indicator, s.name, s.unit, s.polarity, s.reporting, s.accumulation,
                   s.realisation, s.derivation, s.target, s.min_value as min, s.max_value as max, s.projection,
                   projection_method(s.accumulation, s.realisation, s.latest_period) as projection_method,
                   s.rounded as projected_achievement,
                   capaian_formula(s.polarity, s.target, s.min_value, s.max_value, s.projection, :cap) as formula,
                   s.overdue_periods as overdue,
                   array_remove(array[case when s.projected_achievement < :warningBelow then 'OFF_TRACK' end,
                                      case when s.overdue then 'OVERDUE' end], null) as warnings,
                   s.total,
                   """ + Bands.columns("s.rounded") + """

            from shown s
            order by s.agency, s.position""";

    @Inject
    SinergiConfig config;

    @Inject
    ReportSql sql;

    @Transactional
    public Report<Warning> report(ReportScope scope, int quarter, boolean verifiedOnly, PageRequest paging) {
        Slice<Warning> warnings = sql.page(SQL, WARNING, query -> {
            query.bind("period", scope.periodId()).bind("agency", scope.agencyId()).bind("year", scope.year())
                    .bind("quarter", quarter).bind("verifiedOnly", verifiedOnly).bind("cap", config.achievement().cap())
                    .bind("reportingDays", config.monitoring().reportingDays())
                    .bind("warningBelow", config.monitoring().warningBelow());
            config.achievement().bands().bind(query);
        }, paging.offset(), paging.size());
        return new Report<>(scope.period(), scope.year(), null, null, warnings.items(), warnings.total(), paging.page(),
                paging.size(), COLUMNS).counting(quarter, verifiedOnly);
    }
}
