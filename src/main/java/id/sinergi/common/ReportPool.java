package id.sinergi.common;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import id.sinergi.problem.DatabaseFailure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource.DataSourceLiteral;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.Jdbi;

/**
 * The servers reports read from. In production their own pool ("reports", DB_RO_URL): a hot standby, or the primary
 * itself when DB_RO_URL is unset. In dev mode and tests, the application's pool. A request reads through one
 * connection of it ({@link ReportSession}). While the standby cannot be reached, reports read the primary, and
 * the standby is tried again {@link #RETRY} after its last failure.
 */
@ApplicationScoped
public class ReportPool {

    /** How long reports stay on the primary after the standby failed to answer. */
    static final Duration RETRY = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(ReportPool.class);

    private Jdbi primary;
    private Jdbi replica;
    private AgroalDataSource replicaSource;
    private volatile long retryAt = System.nanoTime();

    @Inject
    void choose(@Any Instance<DataSource> dataSources) {
        primary = Jdbis.over(dataSources.select(Default.Literal.INSTANCE).get());
        Instance<DataSource> reports = dataSources.select(new DataSourceLiteral("reports"));
        if (reports.isResolvable()) {
            replicaSource = reports.get() instanceof AgroalDataSource agroal ? agroal : null;
            replica = Jdbis.over(reports.get());
        }
    }

    /** The application's own pool, inside the request's transaction when it has one. */
    public Jdbi primary() {
        return primary;
    }

    /** The reports' own pool, unless there is none or it failed within the last {@link #RETRY}. */
    public Optional<Jdbi> replica() {
        return replica == null || System.nanoTime() - retryAt < 0 ? Optional.empty() : Optional.of(replica);
    }

    /**
     * The reports' server did not answer: its connections are dropped (each would fail the same way) and reports
     * read the primary until {@link #RETRY} has passed.
     */
    public void replicaFailed(Exception failure) {
        retryAt = System.nanoTime() + RETRY.toNanos();
        LOG.warnf("Reports read the primary for %d s: their server did not answer (%s)", RETRY.toSeconds(),
                failure.getMessage());
        if (replicaSource != null) {
            replicaSource.flush(AgroalDataSource.FlushMode.ALL);
        }
    }

    /** Whether any SQL failure among the causes says the server is out of reach ({@link DatabaseFailure}). */
    public static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && DatabaseFailure.connectionLost(sql)) {
                return true;
            }
        }
        return false;
    }
}
