package id.sinergi.migration;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * The SQL the application sends while a test records it: Hibernate's statements through this inspector, the
 * stores' statements through Jdbi's logger ({@link #jdbi()}). Recording costs nothing while it is off.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class RecordedStatements implements StatementInspector {

    private final List<String> statements = new ArrayList<>();
    private volatile boolean recording;

    @Override
    public String inspect(String sql) {
        record(sql);
        return sql;
    }

    /** A logger for the application's Jdbi that records each statement as written, with its :names. */
    SqlLogger jdbi() {
        return new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                record(context.getRawSql());
            }
        };
    }

    synchronized void start() {
        statements.clear();
        recording = true;
    }

    synchronized List<String> stop() {
        recording = false;
        return List.copyOf(statements);
    }

    private void record(String sql) {
        if (recording) {
            synchronized (this) {
                statements.add(sql);
            }
        }
    }
}
