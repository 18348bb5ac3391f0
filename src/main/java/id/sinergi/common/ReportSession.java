package id.sinergi.common;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpServerRequest;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * One request's reading of reports: every statement on one server through one connection, so that the generation an
 * answer is kept under and the answer itself come from the same state of the same server (behind a load balancer,
 * two connections could reach two standbys at different points of replay). The server is the reports' own
 * ({@link ReportPool}: a hot standby in production) unless the request asks for the primary
 * ({@value #READ_FROM}: primary, to read its own writes at once) or the standby does not answer; then the primary.
 * How fresh the answer is goes back in {@value #READ_FROM} and {@value #DATA_AS_OF} ({@link Freshness}).
 */
@RequestScoped
public class ReportSession {

    /** Request: "primary" to read from the primary. Response: where the answer was read, standby or primary. */
    public static final String READ_FROM = "X-Read-From";
    /** Response: every write committed up to this instant is in the answer. */
    public static final String DATA_AS_OF = "X-Data-As-Of";

    private static final Duration CATCH_UP_POLL = Duration.ofMillis(10);

    /** Where an answer was read and up to when it includes every write (null when the standby cannot tell yet). */
    public record Freshness(boolean standby, Instant asOf) {
    }

    @Inject
    ReportPool pool;

    @Inject
    HttpServerRequest request;

    private boolean opened;
    private Handle handle;
    private Freshness freshness;

    /** Runs the callback on this request's report server. */
    public <R, X extends Exception> R withHandle(HandleCallback<R, X> callback) throws X {
        open();
        if (handle == null) {
            return pool.primary().withHandle(callback);
        }
        try {
            return callback.withHandle(handle);
        } catch (JdbiException e) {
            if (!ReportPool.unreachable(e)) {
                throw e;
            }
            pool.replicaFailed(e);
            readPrimary();
            return pool.primary().withHandle(callback);
        }
    }

    /** Whether statements run on the reports' own pool, outside the request's transaction. */
    public boolean own() {
        open();
        return handle != null;
    }

    /**
     * Waits until the standby has replayed everything the primary has written so far (its current WAL position), at
     * most the time given; past it, this request reads the primary instead. An answer about to be computed and kept
     * then has every score the primary has computed for the data it shows (scores follow writes after their commit).
     */
    public void catchUp(Duration within) {
        open();
        if (handle == null || !freshness.standby()) {
            return;
        }
        record Position(String lsn, OffsetDateTime at) {
        }
        Position primary = pool.primary().withHandle(h -> h.createQuery("select pg_current_wal_lsn()::text as lsn, "
                        + "statement_timestamp() as at")
                .map((row, context) -> new Position(row.getString("lsn"), row.getObject("at", OffsetDateTime.class))).one());
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            boolean replayed = withHandle(h -> h.createQuery("select coalesce(pg_last_wal_replay_lsn() >= :lsn::pg_lsn, false)")
                    .bind("lsn", primary.lsn()).mapTo(Boolean.class).one());
            if (handle == null) {
                return;
            }
            if (replayed) {
                freshness = new Freshness(true, primary.at().toInstant());
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                readPrimary();
                return;
            }
            try {
                Thread.sleep(CATCH_UP_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                readPrimary();
                return;
            }
        }
    }

    /** Where this request's reports were read, if it read any. */
    public Optional<Freshness> freshness() {
        return Optional.ofNullable(freshness);
    }

    private void open() {
        if (opened) {
            return;
        }
        opened = true;
        Optional<Jdbi> replica = "primary".equalsIgnoreCase(request.getHeader(READ_FROM))
                ? Optional.empty() : pool.replica();
        if (replica.isPresent()) {
            try {
                handle = replica.get().open();
                freshness = handle.createQuery("""
                                select pg_is_in_recovery() as standby,
                                       case when pg_is_in_recovery() then pg_last_xact_replay_timestamp()
                                            else statement_timestamp() end as as_of""")
                        .map((row, context) -> new Freshness(row.getBoolean("standby"),
                                Optional.ofNullable(row.getObject("as_of", OffsetDateTime.class))
                                        .map(OffsetDateTime::toInstant).orElse(null)))
                        .one();
                return;
            } catch (JdbiException e) {
                close();
                if (!ReportPool.unreachable(e)) {
                    throw e;
                }
                pool.replicaFailed(e);
            }
        }
        readPrimary();
    }

    private void readPrimary() {
        close();
        freshness = new Freshness(false, Instant.now());
    }

    @PreDestroy
    void close() {
        if (handle != null) {
            Handle open = handle;
            handle = null;
            try {
                open.close();
            } catch (JdbiException gone) {
                // a connection whose server went away: the pool drops it
            }
        }
    }
}
