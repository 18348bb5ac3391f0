package id.sinergi.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.cascade.Level;
import id.sinergi.common.PageRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Duplication candidates (duplikasi tugas dan fungsi, konflik kewenangan): programmes and activities of
 * two different agencies' current trees that carry the same shared indicator code, or whose statements
 * are near-identical, and that no proposed or accepted link between the two agencies connects. Near-identical:
 * the same content words but for at most one added, dropped or replaced (SQL function statement_words:
 * case, punctuation, word order and common function words aside), and a pg_trgm similarity at or above
 * the threshold.
 */
@ApplicationScoped
public class DuplicationReport {

    static final List<String> COLUMNS = List.of("agency", "node", "level", "statement", "otherAgency", "otherNode",
            "otherLevel", "otherStatement", "reasons", "codes", "similarity");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DuplicationCandidate")
    public record Candidate(String agency, String node, Level level, String statement, String otherAgency, String otherNode,
                            Level otherLevel, String otherStatement,
                            @Schema(description = "SHARED_CODE and/or SIMILAR_STATEMENT") List<String> reasons,
                            List<String> codes,
                            @Schema(description = "Trigram similarity of the statements, 0 to 1") BigDecimal similarity)
            implements Report.Row {
        public List<Object> cells() {
            return Arrays.asList(agency, node, level, statement, otherAgency, otherNode, otherLevel, otherStatement,
                    String.join(" ", reasons), String.join(" ", codes), similarity);
        }
    }

    /*
     * Walks the programmes and activities of the trees in agency order and, for each, looks up its pairs
     * by index: other carriers of its codes, and statements sharing a signature (node_signature) that are
     * also similar enough. Ordered by agency first, a page is answered from the first agencies' nodes
     * without pairing the whole nation. Listing every tree, a pair appears once, under the agency whose
     * code sorts first; for one agency, every pair of its nodes appears under it.
     */
    static final String SQL = """
            select t.agency, x.key, x.level, x.statement, ya.code, y.key, y.level, y.statement, p.reasons, p.codes,
                   round(similarity(x.statement, y.statement)::numeric, 3)
            from (select ct.agency_id, ct.version_id, ct.period_id, a.code as agency
                  from current_tree ct join agency a on a.id = ct.agency_id
                  where ct.period_id = ? and (?::bigint is null or ct.agency_id = ?)
                  order by a.code) t
            join tree_node x on x.version_id = t.version_id and x.level in ('PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY')
            cross join lateral (
                select c.version_id, c.node_key, array_agg(distinct c.reason order by c.reason) as reasons,
                       array_agg(distinct c.code order by c.code) filter (where c.code is not null) as codes
                from (select o.version_id, o.node_key, 'SHARED_CODE' as reason, o.code
                      from indicator i
                      join indicator o on o.code = i.code and o.version_id <> i.version_id
                      where i.version_id = x.version_id and i.node_key = x.key and i.code is not null
                      union all
                      select o.version_id, o.node_key, 'SIMILAR_STATEMENT', null
                      from node_signature s
                      join node_signature o on o.signature = s.signature and o.version_id <> s.version_id
                      join tree_node os on os.version_id = o.version_id and os.key = o.node_key
                      where s.version_id = x.version_id and s.node_key = x.key
                        and similarity(x.statement, os.statement) >= ?) c
                group by c.version_id, c.node_key
            ) p
            join current_tree yt on yt.version_id = p.version_id and yt.period_id = t.period_id and yt.agency_id <> t.agency_id
            join agency ya on ya.id = yt.agency_id and (?::bigint is not null or ya.code > t.agency)
            join tree_node y on y.version_id = p.version_id and y.key = p.node_key and y.level in ('PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY')
            where not exists (
                select 1 from crosscutting_link l
                where l.period_id = t.period_id and l.status in ('PROPOSED', 'ACCEPTED')
                  and ((l.source_agency_id = t.agency_id and l.target_agency_id = yt.agency_id)
                    or (l.source_agency_id = yt.agency_id and l.target_agency_id = t.agency_id))
                  and (l.source_node_key in (x.key, y.key) or l.target_node_key in (x.key, y.key)))
            order by t.agency, x.position, ya.code, y.position
            limit ? offset ?
            """;

    @Inject
    ReportSql sql;

    @Transactional
    public Report<Candidate> report(ReportScope scope, BigDecimal threshold, PageRequest paging) {
        List<Candidate> candidates = sql.list(SQL, r -> new Candidate(r.getString(1), r.getString(2),
                Level.valueOf(r.getString(3)), r.getString(4), r.getString(5), r.getString(6), Level.valueOf(r.getString(7)),
                r.getString(8), ReportSql.strings(r.getArray(9)), ReportSql.strings(r.getArray(10)), r.getBigDecimal(11)),
                scope.periodId(), scope.agencyId(), scope.agencyId(), threshold, scope.agencyId(), paging.size(), paging.offset());
        // No total: over a nation the pairs run to millions, and counting them would pair every node.
        return new Report<>(scope.period(), null, candidates, null, paging.page(), paging.size(), COLUMNS);
    }
}
