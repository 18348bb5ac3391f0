package id.sinergi.report;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import id.sinergi.common.Sql;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs report SQL and maps each result row; the reports themselves are in the SQL. */
@ApplicationScoped
public class ReportSql {

    private static final String QUERY_CANCELED = "57014";

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /**
     * Every indicator of the current trees of a period with its target, realisation and capaian for a
     * year. Parameters, in order: cap, year, year, period id, agency id (or null for all), the same agency id.
     */
    public static final String INDICATOR_ACHIEVEMENT = """
            ind as (
                select ct.tree_id, ct.agency_id, ct.version_id, i.key, i.node_key, i.code, i.name, i.unit, i.polarity,
                       i.weight, i.iku, i.combine, i.position, t.value as target, t.min_value, t.max_value,
                       r.value as realisation, r.reported_at,
                       capaian(i.polarity, t.value, t.min_value, t.max_value, r.value, ?) as achievement
                from current_tree ct
                join indicator i on i.version_id = ct.version_id
                left join indicator_target t on t.version_id = i.version_id and t.indicator_key = i.key and t.year = ?
                left join realisation r on r.tree_id = ct.tree_id and r.indicator_key = i.key and r.year = ?
                where ct.period_id = ? and (?::bigint is null or ct.agency_id = ?)
            )""";

    /** The reports' own pool when configured (production), else the application's one. */
    private DataSource dataSource;
    /** Whether reports run on their own pool, outside the request's JTA transaction. */
    private boolean ownPool;

    @Inject
    void choosePool(@Any Instance<DataSource> dataSources) {
        Instance<DataSource> reports = dataSources.select(new io.quarkus.agroal.DataSource.DataSourceLiteral("reports"));
        ownPool = reports.isResolvable();
        dataSource = ownPool ? reports.get() : dataSources.select(Default.Literal.INSTANCE).get();
    }

    /** Longest a report statement may run; past it the report answers 503 rather than holding the connection. */
    @ConfigProperty(name = "sinergi.reports.statement-timeout", defaultValue = "30s")
    Duration statementTimeout;

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
     * Runs a paged query: parameters gives the statement's parameters for a limit and an offset, and the
     * last column of every row is the number of rows over all pages. A row the mapper maps to null only
     * carries that number (a query can add one to a page past the end); a page past the end without one
     * is asked of the first page for the number.
     */
    <T> Slice<T> page(String sql, RowMapper<T> mapper, long offset, int limit,
                      BiFunction<Integer, Long, Object[]> parameters) {
        long[] total = {-1};
        List<T> rows = list(sql, row -> {
            total[0] = row.getLong(row.getMetaData().getColumnCount());
            return mapper.map(row);
        }, parameters.apply(limit, offset));
        rows.removeIf(Objects::isNull);
        if (total[0] < 0) {
            return new Slice<>(rows, offset > 0 || limit == 0 ? page(sql, mapper, 0, 1, parameters).total() : 0);
        }
        return new Slice<>(rows, total[0]);
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            if (ownPool) {
                // a read-only transaction of its own, ended by a rollback: there is nothing to keep
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
            }
            try {
                // SET LOCAL: the limit ends with the report's transaction.
                try (Statement limit = connection.createStatement()) {
                    limit.execute("set local statement_timeout = " + statementTimeout.toMillis());
                }
                try (PreparedStatement statement = Sql.prepare(connection, sql, parameters);
                     ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(mapper.map(result));
                    }
                }
            } finally {
                if (ownPool) {
                    connection.rollback();
                }
            }
        } catch (SQLException e) {
            if (QUERY_CANCELED.equals(e.getSQLState())) {
                throw new ProblemException(ProblemType.TIMEOUT, "The report took longer than "
                        + statementTimeout.toSeconds() + " s and was stopped; narrow it (an agency, a page) or try later.");
            }
            throw new IllegalStateException("Report query failed", e);
        }
        return rows;
    }
}
