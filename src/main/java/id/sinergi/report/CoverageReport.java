package id.sinergi.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.cascade.CombineRule;
import id.sinergi.cascade.Polarity;
import id.sinergi.common.PageRequest;
import id.sinergi.config.SinergiConfig;
import id.sinergi.crosscut.Relationship;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Shared-KPI coverage for a year, per code carried by two or more agencies (definition, the lead and the
 * combine rules: docs/domain.md, "Shared-KPI coverage" and "Combining a shared code"). The page of codes is
 * chosen first, then only its carriers are read and combined, in SQL.
 */
@ApplicationScoped
public class CoverageReport {

    static final List<String> COLUMNS = List.of("code", "unit", "polarity", "combine", "lead", "agencies", "withTarget",
            "withRealisation", "coverage", "reporting", "combinedTarget", "combinedRealisation", "combinedAchievement",
            "sumGap", "agency", "role", "hasTarget", "hasRealisation", "target", "realisation", "achievement");

    @Schema(name = "SharedKpiAgency", description = "One agency carrying a shared code")
    public record Carrier(String agency, @Schema(enumeration = {"LEAD", "CONTRIBUTOR"}) String role, boolean hasTarget,
                          boolean hasRealisation, @MayBeAbsent BigDecimal target, @MayBeAbsent BigDecimal min, @MayBeAbsent BigDecimal max, @MayBeAbsent BigDecimal realisation,
                          @MayBeAbsent BigDecimal achievement,
                          @Schema(description = "Its nodes carrying the code") List<String> nodes,
                          @Schema(type = SchemaType.ARRAY, implementation = Relationship.class,
                                  description = "Relationship types of its accepted links naming the code") List<String> relationships) {
    }

    @Schema(name = "SharedKpiCoverage", description = "Coverage of one shared indicator code")
    public record Coverage(String code, String unit, @Schema(implementation = Polarity.class) String polarity,
                           @Schema(implementation = CombineRule.class) String combine, String lead,
                           @Schema(description = "Agencies carrying the code") int agencies,
                           int withTarget, int withRealisation,
                           @Schema(description = "withTarget / agencies") BigDecimal coverage,
                           @Schema(description = "withRealisation / withTarget; absent when no agency set a target") @MayBeAbsent BigDecimal reporting,
                           @MayBeAbsent BigDecimal combinedTarget, @MayBeAbsent BigDecimal combinedRealisation, @MayBeAbsent BigDecimal combinedAchievement,
                           @Schema(description = "SUM codes: lead's target minus the sum of the contributors' targets") @MayBeAbsent BigDecimal sumGap,
                           List<Carrier> carriers) implements Report.Row {
        /** CSV: one line per carrier, the code's figures repeated, as analysts pivot them. */
        @Override
        public List<List<Object>> lines() {
            return carriers.stream().map(a -> Arrays.<Object>asList(code, unit, polarity, combine, lead, agencies, withTarget,
                    withRealisation, coverage, reporting, combinedTarget, combinedRealisation, combinedAchievement, sumGap,
                    a.agency(), a.role(), a.hasTarget(), a.hasRealisation(), a.target(), a.realisation(), a.achievement()))
                    .toList();
        }
    }

    /**
     * How the combine rule of a code folds several figures (x) into one; {@code last} is what LAST takes.
     * LAST never depends on who wrote most recently: within one agency it is the figure of its indicator at
     * the highest level, first in its tree; across agencies it is the lead's, the data custodian's.
     */
    private static String combined(String x, String last) {
        return """
                case r.combine when 'SUM' then sum(%1$s) when 'AVERAGE' then trim_scale(round(avg(%1$s), 4))
                               when 'MIN' then min(%1$s)
                               when 'MAX' then max(%1$s)
                               else %2$s end"""
                .formatted(x, last.formatted(x));
    }

    private static String withinAgency(String x) {
        return combined(x, "(array_agg(%1$s order by array_position(array['GOAL', 'TARGET', 'PROGRAM', 'ACTIVITY', "
                + "'SUB_ACTIVITY'], c.level::text), c.position) filter (where %1$s is not null))[1]");
    }

    private static String acrossAgencies(String x) {
        return combined(x, "min(%1$s) filter (where agency_id = lead_id)");
    }

    /*
     * The page of shared codes is chosen first (code_carrier), then only that page's carriers are read
     * with their figures for the year (coded_indicator_score; both kept by refresh_scores) and combined,
     * each code's carriers aggregated into one JSON array so that no per-code figure is joined back.
     */
    static final String SQL = """
            with shared as materialized (
                select code, count(*) over () as total
                from code_carrier
                where period_id = :period
                group by code having count(*) > 1
                order by code limit :limit offset :offset
            ), coded as materialized (
                select s.*, a.code as agency
                from shared
                join coded_indicator_score s on s.year = :year and s.code = shared.code
                join current_tree ct on ct.version_id = s.version_id and ct.period_id = :period
                join agency a on a.id = ct.agency_id
            ), lead_by_link as (
                select distinct on (l.shared_code) l.shared_code as code, l.lead_agency_id as agency_id
                from crosscutting_link l
                join coded c on c.code = l.shared_code and c.agency_id = l.lead_agency_id
                where l.period_id = :period and l.status = 'ACCEPTED'
                order by l.shared_code, l.id
            ), lead_by_level as (
                select distinct on (c.code) c.code, c.agency_id
                from coded c
                order by c.code, array_position(array['GOAL', 'TARGET', 'PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY'], c.level::text),
                         c.agency
            ), lead as (
                select v.code, coalesce(k.agency_id, v.agency_id) as agency_id
                from lead_by_level v left join lead_by_link k using (code)
            ), r as (
                select distinct on (c.code) c.code, c.unit, c.polarity, c.combine, c.agency_id as lead_id, c.agency as lead
                from coded c join lead l on l.code = c.code and l.agency_id = c.agency_id
                order by c.code, c.position
            ), link_relationship as (
                select l.shared_code as code, e.agency_id, array_agg(distinct l.relationship order by l.relationship) as relationships
                from crosscutting_link l
                cross join lateral (values (l.source_agency_id), (l.target_agency_id)) e (agency_id)
                where l.period_id = :period and l.status = 'ACCEPTED' and l.shared_code in (select code from shared)
                group by l.shared_code, e.agency_id
            ), carrier as (
                select c.code, c.agency_id, c.agency, r.unit, r.combine, r.polarity, r.lead_id, r.lead,
                       bool_or(c.target is not null or c.min_value is not null) as has_target,
                       bool_or(c.realisation is not null) as has_realisation,
                       %s as target, %s as min_value, %s as max_value, %s as realisation,
                       sum(c.weight * c.achievement) / sum(c.weight) filter (where c.achievement is not null) as achievement,
                       array_agg(distinct c.node_key order by c.node_key) as nodes,
                       coalesce(min(lr.relationships), '{}') as relationships
                from coded c
                join r using (code)
                left join link_relationship lr on lr.code = c.code and lr.agency_id = c.agency_id
                group by c.code, c.agency_id, c.agency, r.unit, r.combine, r.polarity, r.lead_id, r.lead
            ), summary as (
                select code, unit, polarity, combine, lead, count(*) as agencies,
                       count(*) filter (where has_target) as with_target,
                       count(*) filter (where has_realisation) as with_realisation,
                       %s as target, %s as min_value, %s as max_value, %s as realisation,
                       sum(target) filter (where agency_id = lead_id) - coalesce(sum(target) filter (where agency_id <> lead_id), 0)
                           as sum_gap,
                       json_agg(json_build_object('agency', agency,
                                                  'role', case when agency_id = lead_id then 'LEAD' else 'CONTRIBUTOR' end,
                                                  'hasTarget', has_target, 'hasRealisation', has_realisation,
                                                  'target', target, 'min', min_value, 'max', max_value,
                                                  'realisation', realisation, 'achievement', round(achievement, 2),
                                                  'nodes', nodes, 'relationships', relationships)
                                order by agency_id <> lead_id, agency) as carriers
                from carrier r
                group by code, unit, polarity, combine, lead
            )
            select code, unit, polarity, combine, lead, agencies, with_target, with_realisation,
                   round(with_target::numeric / agencies, 4) as coverage,
                   round(with_realisation::numeric / nullif(with_target, 0), 4) as reporting,
                   target as combined_target, realisation as combined_realisation,
                   round(capaian(polarity, target, min_value, max_value, realisation, :cap), 2) as combined_achievement,
                   case when combine = 'SUM' then sum_gap end as sum_gap, carriers, shared.total
            from summary join shared using (code)
            order by code
            """.formatted(withinAgency("c.target"), withinAgency("c.min_value"), withinAgency("c.max_value"),
            withinAgency("c.realisation"), acrossAgencies("r.target"), acrossAgencies("r.min_value"),
            acrossAgencies("r.max_value"), acrossAgencies("r.realisation"));

    @Inject
    SinergiConfig config;

    @Inject
    ReportSql sql;

    @Inject
    ObjectMapper json;

    @Transactional
    public Report<Coverage> report(ReportScope scope, PageRequest paging) {
        return Report.of(scope, slice(scope, paging.offset(), paging.size()), paging, COLUMNS);
    }

    /** Shared codes from offset, at most limit of them, in code order. */
    Slice<Coverage> slice(ReportScope scope, long offset, int limit) {
        return sql.page(SQL, (row, context) -> new Coverage(row.getString("code"), row.getString("unit"),
                        row.getString("polarity"), row.getString("combine"), row.getString("lead"), row.getInt("agencies"),
                        row.getInt("with_target"), row.getInt("with_realisation"), row.getBigDecimal("coverage"),
                        row.getBigDecimal("reporting"), row.getBigDecimal("combined_target"),
                        row.getBigDecimal("combined_realisation"), row.getBigDecimal("combined_achievement"),
                        row.getBigDecimal("sum_gap"), carriers(row.getString("carriers"))),
                query -> query.bind("period", scope.periodId()).bind("year", scope.year())
                        .bind("cap", config.achievement().cap()), offset, limit);
    }

    private List<Carrier> carriers(String array) {
        try {
            return json.readValue(array, CARRIERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable carriers from the coverage query", e);
        }
    }

    private static final TypeReference<List<Carrier>> CARRIERS = new TypeReference<>() {
    };
}
