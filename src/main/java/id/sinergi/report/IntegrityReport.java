package id.sinergi.report;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.common.PageRequest;
import id.sinergi.config.SinergiConfig;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Integrity findings on the current trees of a period (docs/domain.md, "Integrity findings"). */
@ApplicationScoped
public class IntegrityReport {

    static final List<String> COLUMNS = List.of("agency", "version", "rule", "severity", "node", "indicator", "link", "message");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IntegrityFinding")
    public record Finding(String agency, int version,
                          @Schema(enumeration = {"UNSUPPORTED_OUTCOME", "NODE_WITHOUT_INDICATORS", "MISSING_TARGET",
                                  "ACTIVITY_WITHOUT_INPUTS", "DANGLING_SUPPORTS", "LINK_NODE_MISSING", "LINK_PENDING_TOO_LONG",
                                  "LINK_NODE_WITHOUT_INDICATOR"}) String rule,
                          @Schema(enumeration = {"ERROR", "WARNING"}) String severity,
                          @MayBeAbsent String node, @MayBeAbsent String indicator, @MayBeAbsent Long link, String message) implements Report.Line {
        public List<Object> cells() {
            return Arrays.asList(agency, version, rule, severity, node, indicator, link, message);
        }
    }

    /*
     * Findings about a version alone (nodes without indicators, missing targets, activities without
     * inputs) were stored with the version (version_finding, refresh_scores); the rest depend on other
     * trees and on links and are found here, each from the few rows it concerns.
     */
    static final String SQL = """
            with tree as (
                select ct.*, a.code as agency
                from current_tree ct
                join agency a on a.id = ct.agency_id
                where ct.period_id = :period and (:agency::bigint is null or ct.agency_id = :agency)
            ), link_end as materialized (
                select t.agency, t.version, l.id, l.status, l.created_at, e.node_key, x.present, m.measured
                from crosscutting_link l
                cross join lateral (values (l.source_agency_id, l.source_node_key),
                                           (l.target_agency_id, l.target_node_key)) e (agency_id, node_key)
                join tree t on t.agency_id = e.agency_id
                -- index lookups per link end (limit 1 keeps them so) rather than hashing every node and indicator
                left join lateral (select true as present from tree_node n
                                   where n.version_id = t.version_id and n.key = e.node_key limit 1) x on true
                left join lateral (select true as measured from indicator i
                                   where i.version_id = t.version_id and i.node_key = e.node_key limit 1) m on true
                where l.period_id = :period and l.status in ('PROPOSED', 'ACCEPTED')
            ), finding as (
                select t.agency, t.version, f.rule, f.severity, f.node_key as node, f.indicator_key as indicator,
                       null::bigint as link, f.position as ord, f.message
                from tree t
                join version_finding f on f.version_id = t.version_id
                union all
                select t.agency, t.version, 'UNSUPPORTED_OUTCOME', 'WARNING', n.key, null, null, n.position,
                       'a ' || n.level || ' with no delivering children, no supporting node and no accepted link'
                from tree t
                join tree_node n on n.version_id = t.version_id and n.level in ('GOAL', 'TARGET')
                where not exists (select 1 from tree_node c where c.version_id = n.version_id and c.parent_key = n.key)
                  and not exists (select 1 from tree_node s join current_tree st on st.version_id = s.version_id
                                  where s.supports_agency_id = t.agency_id and s.supports_period_id = t.period_id
                                    and s.supports_key = n.key)
                  and not exists (select 1 from crosscutting_link l
                                  where l.period_id = t.period_id and l.status = 'ACCEPTED'
                                    and ((l.source_agency_id = t.agency_id and l.source_node_key = n.key)
                                      or (l.target_agency_id = t.agency_id and l.target_node_key = n.key)))
                union all
                select t.agency, t.version, 'DANGLING_SUPPORTS', 'ERROR', n.key, null, null, n.position,
                       'supports ' || sa.code || '/' || sp.code || '/' || n.supports_key || ', which is not in that tree'
                from tree_node n
                join tree t on t.version_id = n.version_id
                join agency sa on sa.id = n.supports_agency_id
                join planning_period sp on sp.id = n.supports_period_id
                left join current_tree st on st.agency_id = n.supports_agency_id and st.period_id = n.supports_period_id
                where n.supports_agency_id is not null
                  and not exists (select 1 from tree_node x where x.version_id = st.version_id and x.key = n.supports_key)
                union all
                select e.agency, e.version, 'LINK_NODE_MISSING', 'ERROR', e.node_key, null, e.id, 2147483647,
                       'link ' || e.id || ' (' || e.status || ') names a node this tree no longer has'
                from link_end e
                where e.node_key is not null and e.present is null
                union all
                select e.agency, e.version, 'LINK_PENDING_TOO_LONG', 'WARNING', e.node_key, null, e.id, 2147483647,
                       'link ' || e.id || ' has been PROPOSED since ' || to_char(e.created_at, 'YYYY-MM-DD')
                from link_end e
                where e.status = 'PROPOSED' and e.created_at < current_date - :pendingDays
                union all
                select e.agency, e.version, 'LINK_NODE_WITHOUT_INDICATOR', 'WARNING', e.node_key, null, e.id, 2147483647,
                       'link ' || e.id || ' is ACCEPTED but its node here has no indicator to measure it'
                from link_end e
                where e.status = 'ACCEPTED' and e.node_key is not null and e.present and e.measured is null
            )
            select agency, version, rule, severity, node, indicator, link, message, count(*) over () as total
            from finding
            order by agency, severity, rule, ord, node, indicator, link
            limit :limit offset :offset
            """;

    private static final RowMapper<Finding> FINDING = ConstructorMapper.of(Finding.class);

    @Inject
    SinergiConfig config;

    @Inject
    ReportSql sql;

    @Transactional
    public Report<Finding> report(ReportScope scope, PageRequest paging) {
        Slice<Finding> findings = sql.page(SQL, FINDING, query -> query.bind("period", scope.periodId())
                        .bind("agency", scope.agencyId()).bind("pendingDays", config.integrity().linkPendingDays()),
                paging.offset(), paging.size());
        return new Report<>(scope.period(), null, null, null, findings.items(), findings.total(), paging.page(), paging.size(), COLUMNS);
    }
}
