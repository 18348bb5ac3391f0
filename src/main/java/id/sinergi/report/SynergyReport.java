package id.sinergi.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Synergy ratio per agency (definition: docs/domain.md, "Synergy ratio"), from set joins in SQL. */
@ApplicationScoped
public class SynergyReport {

    static final List<String> COLUMNS = List.of("agency", "iku", "crossCutting", "ratio");

    @Schema(name = "SynergyRatio")
    public record Synergy(String agency, @Schema(description = "IKU in the agency's current tree") long iku,
                          @Schema(description = "Of those, the cross-cutting ones") long crossCutting,
                          @Schema(description = "crossCutting / iku; absent without IKU") @MayBeAbsent BigDecimal ratio) implements Report.Line {
        public List<Object> cells() {
            return Arrays.asList(agency, iku, crossCutting, ratio);
        }
    }

    // Each way of being cross-cutting is a set joined once, not a subquery per IKU.
    static final String SQL = """
            with tree as materialized (
                select * from current_tree where period_id = :period
            ), iku as materialized (
                select t.agency_id, i.version_id, i.key, i.code, i.node_key, n.supports_agency_id
                from tree t
                join indicator i on i.version_id = t.version_id and i.iku
                join tree_node n on n.version_id = i.version_id and n.key = i.node_key
            ), code_agencies as materialized (
                select i.code, count(distinct t.agency_id) as agencies
                from tree t join indicator i on i.version_id = t.version_id
                where i.code is not null
                group by i.code
            ), link_end as materialized (
                select source_agency_id as agency_id, source_node_key as node_key
                from crosscutting_link where period_id = :period and status = 'ACCEPTED'
                union
                select target_agency_id, target_node_key
                from crosscutting_link where period_id = :period and status = 'ACCEPTED' and target_node_key is not null
            ), supported as materialized (
                select distinct s.supports_agency_id as agency_id, s.supports_key as node_key
                from tree_node s
                join current_tree st on st.version_id = s.version_id and st.agency_id <> s.supports_agency_id
                where s.supports_period_id = :period
            ), classified as (
                select k.agency_id,
                       -- the IKU's own agency is one of the carriers: shared means at least one more
                       coalesce(c.agencies, 0) > 1
                    or (k.supports_agency_id is not null and k.supports_agency_id <> k.agency_id)
                    or l.node_key is not null
                    or s.node_key is not null as cross_cutting
                from iku k
                left join code_agencies c on c.code = k.code
                left join link_end l on l.agency_id = k.agency_id and l.node_key = k.node_key
                left join supported s on s.agency_id = k.agency_id and s.node_key = k.node_key
            )
            select a.code as agency, count(c.agency_id) as iku, count(*) filter (where c.cross_cutting) as cross_cutting,
                   round(count(*) filter (where c.cross_cutting)::numeric / nullif(count(c.agency_id), 0), 4) as ratio
            from tree t
            join agency a on a.id = t.agency_id
            left join classified c on c.agency_id = t.agency_id
            group by a.code
            order by a.code
            """;

    private static final RowMapper<Synergy> SYNERGY = ConstructorMapper.of(Synergy.class);

    @Inject
    ReportSql sql;

    @Transactional
    public Report<Synergy> report(ReportScope scope) {
        return Report.of(scope, sql.list(SQL, SYNERGY, query -> query.bind("period", scope.periodId())), COLUMNS);
    }
}
