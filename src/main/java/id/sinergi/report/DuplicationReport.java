package id.sinergi.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.cascade.Level;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Duplication candidates (duplikasi tugas dan fungsi, konflik kewenangan): programmes and activities of
 * two different agencies' current trees that carry the same shared indicator code, or whose statements
 * are near-identical (pg_trgm similarity at or above the threshold), and that no proposed or accepted
 * link between the two agencies connects.
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

    // Parameters: period, period, threshold, period. The % operator (which the trigram index serves)
    // uses pg_trgm.similarity_threshold, set for the transaction just before.
    static final String SQL = """
            with node as (
                select ct.agency_id, a.code as agency, n.version_id, n.key, n.level, n.statement, n.position
                from current_tree ct
                join agency a on a.id = ct.agency_id
                join tree_node n on n.version_id = ct.version_id
                where ct.period_id = ? and n.level in ('PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY')
            ), pair as (
                select x.version_id as xv, x.key as xk, y.version_id as yv, y.key as yk, 'SHARED_CODE' as reason, ix.code
                from node x
                join indicator ix on ix.version_id = x.version_id and ix.node_key = x.key and ix.code is not null
                join indicator iy on iy.code = ix.code
                join node y on y.version_id = iy.version_id and y.key = iy.node_key
                where x.agency < y.agency
                union all
                select x.version_id, x.key, y.version_id, y.key, 'SIMILAR_STATEMENT', null
                from node x
                join tree_node y on y.statement % x.statement and y.level in ('PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY')
                join current_tree yt on yt.version_id = y.version_id and yt.period_id = ?
                join agency ya on ya.id = yt.agency_id and x.agency < ya.code
                where similarity(x.statement, y.statement) >= ?
            )
            select x.agency, x.key, x.level, x.statement, y.agency, y.key, y.level, y.statement,
                   array_agg(distinct p.reason order by p.reason),
                   array_agg(distinct p.code order by p.code) filter (where p.code is not null),
                   round(similarity(x.statement, y.statement)::numeric, 3)
            from pair p
            join node x on x.version_id = p.xv and x.key = p.xk
            join node y on y.version_id = p.yv and y.key = p.yk
            where not exists (
                select 1 from crosscutting_link l
                where l.period_id = ? and l.status in ('PROPOSED', 'ACCEPTED')
                  and ((l.source_agency_id = x.agency_id and l.target_agency_id = y.agency_id)
                    or (l.source_agency_id = y.agency_id and l.target_agency_id = x.agency_id))
                  and (l.source_node_key in (x.key, y.key) or l.target_node_key in (x.key, y.key)))
            group by x.agency, x.key, x.level, x.statement, x.position, y.agency, y.key, y.level, y.statement, y.position
            order by x.agency, x.position, y.agency, y.position
            """;

    @Inject
    ReportSql sql;

    @Transactional
    public Report<Candidate> report(ReportScope scope, BigDecimal threshold) {
        sql.list("select set_config('pg_trgm.similarity_threshold', ?::text, true)", r -> r.getString(1), threshold);
        List<Candidate> candidates = sql.list(SQL, r -> new Candidate(r.getString(1), r.getString(2),
                Level.valueOf(r.getString(3)), r.getString(4), r.getString(5), r.getString(6), Level.valueOf(r.getString(7)),
                r.getString(8), ReportSql.strings(r.getArray(9)), ReportSql.strings(r.getArray(10)), r.getBigDecimal(11)),
                scope.periodId(), scope.periodId(), threshold, scope.periodId());
        return Report.of(scope, candidates, COLUMNS);
    }
}
