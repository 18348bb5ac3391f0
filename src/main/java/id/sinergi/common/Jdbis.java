package id.sinergi.common;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.statement.UnableToCreateStatementException;

/**
 * The SQL access layer every store and report uses: Jdbi over a pooled data source. Values are bound by
 * name ({@code :period}), once each however often the statement uses them, and rows are read by column
 * name, so moving a column or a CTE cannot silently shift a figure into another's place. A name bound but
 * not used, or used but not bound, fails the statement.
 */
public final class Jdbis {

    private Jdbis() {
    }

    /**
     * A Jdbi whose handles join the caller's transaction: inside a JTA transaction the pool hands out the
     * transaction's connection, and the transaction, not the handle, commits or rolls back.
     */
    public static Jdbi over(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.getConfig(Handles.class).setForceEndTransactions(false);
        jdbi.getConfig(SqlStatements.class).addCustomizer(EVERY_BOUND_NAME_USED);
        // amounts and weights travel as numeric[] (monthly spending, monthly weights)
        jdbi.registerArrayType(BigDecimal.class, "numeric");
        return jdbi;
    }

    /**
     * Jdbi itself refuses a name the statement uses but nobody bound; this refuses the converse, a value
     * bound under a name the statement does not use (Jdbi checks that only for statements without any name),
     * which is how a renamed or misspelt parameter would otherwise go unnoticed.
     */
    private static final StatementCustomizer EVERY_BOUND_NAME_USED = new StatementCustomizer() {
        @Override
        public void beforeBinding(PreparedStatement statement, StatementContext context) {
            Set<String> used = Set.copyOf(context.getParsedSql().getParameters().getParameterNames());
            List<String> unused = context.getBinding().getNames().stream().filter(name -> !used.contains(name)).sorted().toList();
            if (!unused.isEmpty()) {
                throw new UnableToCreateStatementException("Bound but not used by the statement: " + unused, context);
            }
        }
    };

    /** The application's Jdbi, over the default pool (a singleton: Jdbi is thread-safe and cannot be proxied). */
    @Singleton
    static class Producer {
        @Produces
        @Singleton
        Jdbi jdbi(DataSource dataSource) {
            return over(dataSource);
        }
    }
}
