package id.sinergi.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.cascade.Level;
import id.sinergi.common.PageRequest;
import id.sinergi.crosscut.Relationship;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Cross-cutting outcomes: the GOALs and TARGETs another agency reaches, with who leads and each
 * contributor (definition, including what "reach" counts: docs/domain.md, "Cross-cutting outcomes").
 */
@ApplicationScoped
public class CrossCuttingReport {

    static final List<String> COLUMNS = List.of("agency", "node", "level", "statement", "lead", "ownAchievement",
            "rolledUpAchievement", "contributor", "via", "contributorNodes", "relationships", "codes",
            "contributorRolledUpAchievement");

    /** How a contributor reaches an outcome (the SQL below names them). */
    @Schema(name = "ContributionVia")
    public enum Via { LINK, SUPPORTS, SHARED_CODE }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OutcomeContributor", description = "An agency that reaches a cross-cutting outcome, and how")
    public record Contributor(String agency,
                              @Schema(type = SchemaType.ARRAY, implementation = Via.class, description = "How it reaches the outcome: an "
                                      + "accepted link, a supports reference, a shared indicator code") List<String> via,
                              @Schema(description = "Its nodes that reach the outcome") List<String> nodes,
                              @Schema(type = SchemaType.ARRAY, implementation = Relationship.class,
                                      description = "Relationship types of its accepted links") List<String> relationships,
                              @Schema(description = "Shared indicator codes: carried by the outcome and by it, or named by "
                                      + "its accepted links") List<String> codes,
                              @Schema(description = "Mean rolled-up capaian of its contributing nodes, for the year asked")
                              @MayBeAbsent BigDecimal rolledUpAchievement) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CrossCuttingOutcome")
    public record Outcome(String agency, String node, Level level, String statement,
                          @Schema(description = "Lead agency (koordinator)") String lead,
                          @Schema(description = "Capaian of the outcome's own indicators (its IKU), for the year asked")
                          @MayBeAbsent BigDecimal ownAchievement,
                          @Schema(description = "Rolled-up capaian of the outcome's subtree (its children's scores), for the "
                                  + "year asked") @MayBeAbsent BigDecimal rolledUpAchievement,
                          List<Contributor> contributors) implements Report.Row {
        /** CSV: one line per contributor, the outcome's columns repeated. */
        @Override
        public List<List<Object>> lines() {
            return contributors.stream().map(c -> Arrays.<Object>asList(agency, node, level, statement, lead, ownAchievement,
                    rolledUpAchievement, c.agency(), String.join(" ", c.via()), String.join(" ", c.nodes()),
                    String.join(" ", c.relationships()), String.join(" ", c.codes()), c.rolledUpAchievement())).toList();
        }
    }

    /*
     * First the outcomes reached at all, found from the few things that reach one (accepted link ends,
     * supports references, codes carried by two agencies) through each node's outline (goal_key,
     * target_key), then the page of them, and only for that page every contribution in detail.
     */
    static final String SQL = """
            with reach as (
                select ct.version_id, unnest(array[n.goal_key, n.target_key]) as key
                from crosscutting_link l
                cross join lateral (values (l.source_agency_id, l.source_node_key),
                                           (l.target_agency_id, l.target_node_key)) e (agency_id, node_key)
                join current_tree ct on ct.agency_id = e.agency_id and ct.period_id = l.period_id
                join tree_node n on n.version_id = ct.version_id and n.key = e.node_key
                where l.period_id = :period and l.status = 'ACCEPTED'
                union all
                select st.version_id, unnest(array[x.goal_key, x.target_key])
                from tree_node s
                join current_tree sct on sct.version_id = s.version_id
                join current_tree st on st.agency_id = s.supports_agency_id and st.period_id = s.supports_period_id
                                    and st.agency_id <> sct.agency_id
                join tree_node x on x.version_id = st.version_id and x.key = s.supports_key
                where s.supports_agency_id is not null and s.supports_period_id = :period
                union all
                select ct.version_id, oc.node_key
                from current_tree ct
                join outcome_code oc on oc.version_id = ct.version_id
                where ct.period_id = :period
                  and exists (select 1 from code_carrier cc
                              where cc.period_id = ct.period_id and cc.code = oc.code and cc.agency_id <> ct.agency_id)
            ), reached as materialized (
                select ct.agency_id, a.code as agency, ct.version_id, n.key, n.level, n.statement, n.position
                from (select distinct version_id, key from reach where key is not null) r
                join current_tree ct on ct.version_id = r.version_id
                join agency a on a.id = ct.agency_id
                -- one lookup per outcome reached (offset 0 keeps it so), not a scan of every node
                cross join lateral (select * from tree_node n where n.version_id = r.version_id and n.key = r.key offset 0) n
                where :agency::bigint is null or ct.agency_id = :agency
            ), outcome as (
                select * from reached order by agency, position limit :limit offset :offset
            ), below as (
                -- the outcome itself and every node under it
                select o.agency_id, o.version_id, o.key as outcome_key, x.key
                from outcome o
                join tree_node x on x.version_id = o.version_id
                 and (o.level = 'GOAL' and x.goal_key = o.key or o.level = 'TARGET' and x.target_key = o.key)
            ), link as (
                select * from crosscutting_link where period_id = :period and status = 'ACCEPTED'
            ), contribution as materialized (
                select b.version_id, b.outcome_key as key, l.target_agency_id as agency_id, 'LINK' as via,
                       t.version_id as node_version, l.target_node_key as node_key, l.relationship, l.shared_code as code,
                       case when b.key = b.outcome_key then l.lead_agency_id end as lead_agency_id
                from below b
                join link l on l.source_agency_id = b.agency_id and l.source_node_key = b.key
                left join current_tree t on t.agency_id = l.target_agency_id and t.period_id = l.period_id
                union all
                select b.version_id, b.outcome_key, l.source_agency_id, 'LINK', s.version_id, l.source_node_key,
                       l.relationship, l.shared_code, case when b.key = b.outcome_key then l.lead_agency_id end
                from below b
                join link l on l.target_agency_id = b.agency_id and l.target_node_key = b.key
                left join current_tree s on s.agency_id = l.source_agency_id and s.period_id = l.period_id
                union all
                select b.version_id, b.outcome_key, st.agency_id, 'SUPPORTS', s.version_id, s.key, null, null, null
                from below b
                join tree_node s on s.supports_agency_id = b.agency_id and s.supports_period_id = :period and s.supports_key = b.key
                join current_tree st on st.version_id = s.version_id and st.agency_id <> b.agency_id
                union all
                -- a code measures the node that carries it: only the outcome's own indicators count here
                select o.version_id, o.key, ot.agency_id, 'SHARED_CODE', oi.version_id, oi.node_key, null, i.code, null
                from outcome o
                join indicator i on i.version_id = o.version_id and i.node_key = o.key and i.code is not null
                join indicator oi on oi.code = i.code
                join current_tree ot on ot.version_id = oi.version_id and ot.period_id = :period and ot.agency_id <> o.agency_id
            ), lead as (
                select distinct on (version_id, key) version_id, key, lead_agency_id
                from contribution where lead_agency_id is not null
                order by version_id, key, lead_agency_id
            ), scored as materialized (
                select c.*, cr.rolled
                from contribution c
                left join node_score cr on cr.version_id = c.node_version and cr.year = :year and cr.key = c.node_key
            )
            , line as (
                select o.agency, o.key, o.level, o.statement, coalesce(la.code, o.agency) as lead,
                       round(orr.own, 2) as own, round(orr.rolled, 2) as rolled,
                       ca.code as contributor,
                       array_agg(distinct c.via order by c.via) as via,
                       array_agg(distinct c.node_key order by c.node_key) filter (where c.node_key is not null) as nodes,
                       array_agg(distinct c.relationship order by c.relationship) filter (where c.relationship is not null)
                           as relationships,
                       array_agg(distinct c.code order by c.code) filter (where c.code is not null) as codes,
                       round(avg(c.rolled), 2) as contributor_rolled, o.position
                from outcome o
                join scored c on c.version_id = o.version_id and c.key = o.key
                join agency ca on ca.id = c.agency_id
                left join lead l on l.version_id = o.version_id and l.key = o.key
                left join agency la on la.id = l.lead_agency_id
                left join node_score orr on orr.version_id = o.version_id and orr.year = :year and orr.key = o.key
                group by o.agency, o.key, o.level, o.statement, o.position, la.code, orr.own, orr.rolled, ca.code
            )
            -- a page past the end still has one line, of nulls, to carry the total
            select line.agency, line.key, line.level, line.statement, line.lead, line.own, line.rolled, line.contributor,
                   line.via, line.nodes, line.relationships, line.codes, line.contributor_rolled, total.total
            from (select count(*) as total from reached) total
            left join line on true
            order by line.agency, line.position, line.contributor
            """;

    @Inject
    ReportSql sql;

    private record Line(Outcome outcome, Contributor contributor) {
    }

    @Transactional
    public Report<Outcome> outcomes(ReportScope scope, PageRequest paging) {
        return Report.of(scope, slice(scope, paging.offset(), paging.size()), paging, COLUMNS);
    }

    /** Cross-cutting outcomes from offset, at most limit of them, in agency and position order. */
    Slice<Outcome> slice(ReportScope scope, long offset, int limit) {
        Slice<Line> lines = sql.page(SQL, (row, context) -> row.getString("agency") == null ? null : new Line(
                new Outcome(row.getString("agency"), row.getString("key"), Level.valueOf(row.getString("level")),
                        row.getString("statement"), row.getString("lead"), row.getBigDecimal("own"),
                        row.getBigDecimal("rolled"), new ArrayList<>()),
                new Contributor(row.getString("contributor"), ReportSql.strings(row.getArray("via")),
                        ReportSql.strings(row.getArray("nodes")), ReportSql.strings(row.getArray("relationships")),
                        ReportSql.strings(row.getArray("codes")), row.getBigDecimal("contributor_rolled"))),
                query -> query.bind("period", scope.periodId()).bind("agency", scope.agencyId()).bind("year", scope.year()),
                offset, limit);
        return new Slice<>(ReportSql.gather(lines.items(), line -> List.of(line.outcome().agency(), line.outcome().node()),
                Line::outcome, (outcome, line) -> outcome.contributors().add(line.contributor())), lines.total());
    }
}
