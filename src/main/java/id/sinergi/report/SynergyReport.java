package id.sinergi.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Synergy ratio per agency: the share of the IKU in its current tree that are cross-cutting, that is
 * carry a code another agency's current tree also carries, or sit on a node that an accepted link joins
 * to another agency, or that supports, or is supported by, another agency's node.
 */
@ApplicationScoped
public class SynergyReport {

    static final List<String> COLUMNS = List.of("agency", "iku", "crossCutting", "ratio");

    @Schema(name = "SynergyRatio")
    public record Synergy(String agency, @Schema(description = "IKU in the agency's current tree") long iku,
                          @Schema(description = "Of those, the cross-cutting ones") long crossCutting,
                          @Schema(description = "crossCutting / iku; absent without IKU") BigDecimal ratio) implements Report.Row {
        public List<Object> cells() {
            return Arrays.asList(agency, iku, crossCutting, ratio);
        }
    }

    // Parameter: period.
    static final String SQL = """
            with tree as (
                select * from current_tree where period_id = ?
            ), iku as (
                select t.agency_id, t.period_id, i.version_id, i.key, i.code, n.key as node_key, n.supports_agency_id,
                       n.supports_period_id
                from tree t
                join indicator i on i.version_id = t.version_id and i.iku
                join tree_node n on n.version_id = i.version_id and n.key = i.node_key
            ), code_carrier as (
                select distinct i.code, t.agency_id
                from tree t join indicator i on i.version_id = t.version_id
                where i.code is not null
            ), classified as (
                select k.agency_id,
                       (k.code is not null and exists (select 1 from code_carrier c where c.code = k.code and c.agency_id <> k.agency_id))
                    or (k.supports_agency_id is not null and k.supports_agency_id <> k.agency_id)
                    or exists (select 1 from crosscutting_link l
                               where l.period_id = k.period_id and l.status = 'ACCEPTED'
                                 and ((l.source_agency_id = k.agency_id and l.source_node_key = k.node_key)
                                   or (l.target_agency_id = k.agency_id and l.target_node_key = k.node_key)))
                    or exists (select 1 from tree_node s join current_tree st on st.version_id = s.version_id
                               where s.supports_agency_id = k.agency_id and s.supports_period_id = k.period_id
                                 and s.supports_key = k.node_key and st.agency_id <> k.agency_id) as cross_cutting
                from iku k
            )
            select a.code, count(c.agency_id), count(*) filter (where c.cross_cutting),
                   round(count(*) filter (where c.cross_cutting)::numeric / nullif(count(c.agency_id), 0), 4)
            from tree t
            join agency a on a.id = t.agency_id
            left join classified c on c.agency_id = t.agency_id
            group by a.code
            order by a.code
            """;

    @Inject
    ReportSql sql;

    @Transactional
    public Report<Synergy> report(ReportScope scope) {
        return Report.of(scope, sql.list(SQL, r -> new Synergy(r.getString(1), r.getLong(2), r.getLong(3), r.getBigDecimal(4)),
                scope.periodId()), COLUMNS);
    }
}
