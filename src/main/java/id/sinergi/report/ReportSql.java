package id.sinergi.report;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.sinergi.problem.Text;
import id.sinergi.common.ReportSession;
import id.sinergi.config.SinergiConfig;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Runs report SQL and maps each result row by column name; the reports themselves are in the SQL. Every
 * value a statement uses is bound once, by name ({@link Binding}); a paged statement also takes
 * {@code :limit} and {@code :offset} and returns the number of rows over all pages in a column named
 * {@code total}.
 */
@ApplicationScoped
public class ReportSql {

    private static final String QUERY_CANCELED = "57014";

    /**
     * A page of the nodes of the current trees in scope, chosen on their keys alone (agency code, then
     * document order: tree_node_position_idx), as CTE page (tree_id, version_id, agency, key, position).
     */
    static final String NODE_PAGE = """
            with page as (
                select ct.tree_id, ct.version_id, a.code as agency, n.key, n.position
                from current_tree ct
                join agency a on a.id = ct.agency_id
                join tree_node n on n.version_id = ct.version_id
                where ct.period_id = :period and (:agency::bigint is null or ct.agency_id = :agency)
                order by a.code, n.position
                limit :limit offset :offset
            )
            """;

    /** Binds the named values a report statement uses, each once. */
    @FunctionalInterface
    public interface Binding {
        void bind(Query query);
    }

    @Inject
    ReportSession session;

    @Inject
    SinergiConfig config;

    /** A SQL text array as a list; empty for null. */
    public static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /**
     * Gathers report lines that repeat their parent's columns (one line per child, ordered by parent)
     * into one parent each, in order: the first line of a parent gives the parent, every line adds its child.
     */
    public static <L, P> List<P> gather(List<L> lines, Function<L, Object> parentKey, Function<L, P> parent,
                                        BiConsumer<P, L> addChild) {
        Map<Object, P> parents = new LinkedHashMap<>();
        for (L line : lines) {
            addChild.accept(parents.computeIfAbsent(parentKey.apply(line), k -> parent.apply(line)), line);
        }
        return List.copyOf(parents.values());
    }

    /**
     * Runs a paged query from offset, at most limit rows. A row the mapper maps to null only carries the
     * total (a query can add one to a page past the end); a page past the end without one is asked of the
     * first page for the total.
     */
    <T> Slice<T> page(String sql, RowMapper<T> mapper, Binding binding, long offset, int limit) {
        long[] total = {-1};
        List<T> rows = list(sql, (row, context) -> {
            total[0] = row.getLong("total");
            return mapper.map(row, context);
        }, query -> {
            binding.bind(query);
            query.bind("limit", limit).bind("offset", offset);
        });
        rows.removeIf(Objects::isNull);
        if (total[0] < 0) {
            return new Slice<>(rows, offset > 0 || limit == 0 ? page(sql, mapper, binding, 0, 1).total() : 0);
        }
        return new Slice<>(rows, total[0]);
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Binding binding) {
        try {
            return session.withHandle(handle -> {
                boolean own = session.own();
                if (own) {
                    // a read-only transaction of its own, ended by a rollback: there is nothing to keep
                    handle.setReadOnly(true);
                    handle.begin();
                }
                try {
                    // SET LOCAL: the limit ends with the report's transaction.
                    handle.execute("set local statement_timeout = " + config.reports().statementTimeout().toMillis());
                    Query query = handle.createQuery(sql);
                    binding.bind(query);
                    return query.map(mapper).collectIntoList();
                } finally {
                    if (own) {
                        handle.rollback();
                    }
                }
            });
        } catch (JdbiException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException failure && QUERY_CANCELED.equals(failure.getSQLState())) {
                    throw new ProblemException(ProblemType.TIMEOUT,
                            Text.of("report.detail", config.reports().statementTimeout().toSeconds()));
                }
            }
            throw e;
        }
    }

    /** The nodes or indicators (node_count, indicator_count) of the current trees in scope: a paged report's total. */
    long countInCurrentTrees(String column, ReportScope scope) {
        return list("select coalesce(sum(v." + column + "), 0) as count "
                + """
                from current_tree ct join tree_version v on v.id = ct.version_id
                where ct.period_id = :period and (:agency::bigint is null or ct.agency_id = :agency)""",
                (r, ctx) -> r.getLong("count"),
                q -> q.bind("period", scope.periodId()).bind("agency", scope.agencyId())).get(0);
    }
}
