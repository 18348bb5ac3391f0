package id.sinergi.report;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Integrity findings on the current trees of a period (DOMAIN.md, "Integrity findings"). */
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
                          String node, String indicator, Long link, String message) implements Report.Row {
        public List<Object> cells() {
            return Arrays.asList(agency, version, rule, severity, node, indicator, link, message);
        }
    }

    // Parameters: period, agency, agency, then per finding as marked.
    static final String SQL = """
            with tree as (
                select ct.*, a.code as agency
                from current_tree ct
                join agency a on a.id = ct.agency_id
                where ct.period_id = ? and (?::bigint is null or ct.agency_id = ?)
            ), node as (
                select t.agency, t.agency_id, t.period_id, t.version, n.*
                from tree t join tree_node n on n.version_id = t.version_id
            ), link_end as (
                select t.agency, t.version, t.version_id, l.id, l.status, l.created_at,
                       case when l.source_agency_id = t.agency_id then l.source_node_key else l.target_node_key end as node_key
                from tree t
                join crosscutting_link l on l.period_id = t.period_id and t.agency_id in (l.source_agency_id, l.target_agency_id)
                where l.status in ('PROPOSED', 'ACCEPTED')
            ), finding as (
                select n.agency, n.version, 'UNSUPPORTED_OUTCOME' as rule, 'WARNING' as severity, n.key as node,
                       null::varchar as indicator, null::bigint as link, n.position as ord,
                       'a ' || n.level || ' with no delivering children, no supporting node and no accepted link' as message
                from node n
                where n.level in ('GOAL', 'TARGET')
                  and not exists (select 1 from tree_node c where c.version_id = n.version_id and c.parent_key = n.key)
                  and not exists (select 1 from tree_node s join current_tree st on st.version_id = s.version_id
                                  where s.supports_agency_id = n.agency_id and s.supports_period_id = n.period_id
                                    and s.supports_key = n.key)
                  and not exists (select 1 from crosscutting_link l
                                  where l.period_id = n.period_id and l.status = 'ACCEPTED'
                                    and ((l.source_agency_id = n.agency_id and l.source_node_key = n.key)
                                      or (l.target_agency_id = n.agency_id and l.target_node_key = n.key)))
                union all
                select n.agency, n.version, 'NODE_WITHOUT_INDICATORS', 'WARNING', n.key, null, null, n.position,
                       'the node has no performance indicator'
                from node n
                where not exists (select 1 from indicator i where i.version_id = n.version_id and i.node_key = n.key)
                union all
                -- the years are found once per version, when it is stored (refresh_scores)
                select t.agency, t.version, 'MISSING_TARGET', 'WARNING', m.node_key, m.indicator_key, null, n.position,
                       'no target for ' || array_to_string(m.years, ', ')
                from tree t
                join missing_target m on m.version_id = t.version_id
                join tree_node n on n.version_id = m.version_id and n.key = m.node_key
                union all
                select n.agency, n.version, 'ACTIVITY_WITHOUT_INPUTS', 'WARNING', n.key, null, null, n.position,
                       'no budget, staff or facilities on this ' || n.level
                from node n
                where n.level in ('ACTIVITY', 'SUB_ACTIVITY') and n.budget is null and n.staff_fte is null and n.facilities is null
                union all
                select n.agency, n.version, 'DANGLING_SUPPORTS', 'ERROR', n.key, null, null, n.position,
                       'supports ' || sa.code || '/' || sp.code || '/' || n.supports_key || ', which is not in that tree'
                from node n
                join agency sa on sa.id = n.supports_agency_id
                join planning_period sp on sp.id = n.supports_period_id
                left join current_tree st on st.agency_id = n.supports_agency_id and st.period_id = n.supports_period_id
                where not exists (select 1 from tree_node x where x.version_id = st.version_id and x.key = n.supports_key)
                union all
                select e.agency, e.version, 'LINK_NODE_MISSING', 'ERROR', e.node_key, null, e.id, 2147483647,
                       'link ' || e.id || ' (' || e.status || ') names a node this tree no longer has'
                from link_end e
                where e.node_key is not null
                  and not exists (select 1 from tree_node x where x.version_id = e.version_id and x.key = e.node_key)
                union all
                select e.agency, e.version, 'LINK_PENDING_TOO_LONG', 'WARNING', e.node_key, null, e.id, 2147483647,
                       'link ' || e.id || ' has been PROPOSED since ' || to_char(e.created_at, 'YYYY-MM-DD')
                from link_end e
                where e.status = 'PROPOSED' and e.created_at < now() - make_interval(days => ?)
                union all
                select e.agency, e.version, 'LINK_NODE_WITHOUT_INDICATOR', 'WARNING', e.node_key, null, e.id, 2147483647,
                       'link ' || e.id || ' is ACCEPTED but its node here has no indicator to measure it'
                from link_end e
                where e.status = 'ACCEPTED' and e.node_key is not null
                  and exists (select 1 from tree_node x where x.version_id = e.version_id and x.key = e.node_key)
                  and not exists (select 1 from indicator i where i.version_id = e.version_id and i.node_key = e.node_key)
            )
            select agency, version, rule, severity, node, indicator, link, message
            from finding
            order by agency, severity, rule, ord, node, indicator, link
            """;

    @ConfigProperty(name = "sinergi.integrity.link-pending-days", defaultValue = "30")
    int linkPendingDays;

    @Inject
    ReportSql sql;

    @Transactional
    public Report<Finding> report(ReportScope scope) {
        List<Finding> findings = sql.list(SQL, r -> new Finding(r.getString(1), r.getInt(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), (Long) r.getObject(7), r.getString(8)),
                scope.periodId(), scope.agencyId(), scope.agencyId(), linkPendingDays);
        return Report.of(scope, findings, COLUMNS);
    }
}
