package id.sinergi.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import id.sinergi.config.SinergiConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Keeps what the reports read precomputed for each tree's current version (capaian scores per node, owner
 * and tree, coded-indicator figures, code carriers, outcome codes, statement signatures, version-only
 * integrity findings; SQL function refresh_scores in R__refresh_scores.sql) in step with what they come from: a
 * new tree version rescores every year of its period, a realisation rescores its tree for its year, and a
 * changed cap rescores every tree at start-up. The achievement reports then read scores instead of
 * recomputing a nation's indicators on every call.
 *
 * <p>A write does not refresh in its own transaction: it notes the tree ({@link #request}, table
 * score_pending, V9), and once it has committed a worker refreshes every noted tree, one refresh for all the
 * notes a tree has gathered. A read that depends on the scores first waits for, or does, its period's pending
 * refreshes ({@link #awaitPeriod}), so no answer is computed from scores older than the data it shows. Writes
 * thus cost what storing costs (a 5,000-node tree no longer waits for its rescoring) and writes to one tree no
 * longer queue behind each other's rescoring.
 *
 * <p>This package sits below the features: tree and realisation writes call it, reports read what it
 * keeps, and it depends on none of them.
 */
@ApplicationScoped
public class ScoreStore {

    private static final Logger LOG = Logger.getLogger(ScoreStore.class);

    /** A tree with scoring notes, named as a database distributed by agency routes it. */
    private record Noted(long agency, long tree) {
    }

    private static final RowMapper<Noted> NOTED = ConstructorMapper.of(Noted.class);

    /** A tree's current version, with its agency. */
    private record Current(long agency, long version) {
    }

    private static final RowMapper<Current> CURRENT = ConstructorMapper.of(Current.class);

    @Inject
    SinergiConfig config;

    @Inject
    Jdbi jdbi;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** One worker: refreshes of different trees would compete for the same two cores the requests need. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "sinergi-scores");
        thread.setDaemon(true);
        return thread;
    });

    /** Whether a run of the worker is queued and not yet started: wakes while it is add nothing. */
    private final AtomicBoolean queued = new AtomicBoolean();

    /**
     * Notes that a tree's scores must follow its data: for one year, or for every year of its current version
     * when year is null. Joins the caller's transaction; the worker starts once it commits.
     */
    public void request(long agencyId, long treeId, Integer year) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "insert into score_pending (agency_id, tree_id, year) values (:agency, :tree, :year)")
                .bind("agency", agencyId).bind("tree", treeId).bind("year", year).execute());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before: the note commits with the write
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wake();
                }
            }
        });
    }

    /**
     * Refreshes, in a transaction of its own, every tree of the period with notes pending; waits for the worker
     * where it is refreshing one (lock_tree_scores, taken in tree order). Afterwards every write committed
     * before the call is scored.
     */
    public void awaitPeriod(String periodCode) {
        QuarkusTransaction.requiringNew().run(() -> jdbi.useHandle(handle -> handle.createQuery("""
                        select t.agency_id as agency, t.id as tree from cascade_tree t
                        join planning_period p on p.id = t.period_id
                        where p.code = :period and (t.id, t.agency_id) in (select tree_id, agency_id from score_pending)
                        order by t.id""")
                .bind("period", periodCode).map(NOTED).list()
                .forEach(noted -> {
                    handle.createQuery("select 1 from lock_tree_scores(:tree)").bind("tree", noted.tree())
                            .mapTo(Integer.class).one();
                    refreshNoted(handle, noted);
                })));
    }

    void wake() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                drain();
            });
        }
    }

    /** Refreshes noted trees, one transaction each, until every note left is one another transaction is taking. */
    private void drain() {
        try {
            boolean refreshed = true;
            while (refreshed) {
                refreshed = false;
                for (Noted noted : jdbi.withHandle(handle -> handle.createQuery(
                        "select distinct agency_id as agency, tree_id as tree from score_pending order by tree_id")
                        .map(NOTED).list())) {
                    refreshed |= QuarkusTransaction.requiringNew().call(() -> jdbi.withHandle(handle -> {
                        boolean mine = handle.createQuery("select try_lock_tree_scores(:tree)").bind("tree", noted.tree())
                                .mapTo(Boolean.class).one();
                        if (mine) {
                            refreshNoted(handle, noted);
                        }
                        return mine;
                    }));
                }
            }
        } catch (RuntimeException e) {
            // The notes stay (the transaction rolled back): the next write's wake or the next read retries.
            LOG.error("Refreshing scores after commit failed", e);
        }
    }

    /** Takes a locked tree's notes and refreshes its current version once for all of them. */
    private void refreshNoted(Handle handle, Noted noted) {
        List<Integer> years = handle.createQuery(
                        "delete from score_pending where tree_id = :tree and agency_id = :agency returning year")
                .bind("tree", noted.tree()).bind("agency", noted.agency()).mapTo(Integer.class).list();
        if (years.isEmpty()) {
            return;
        }
        long version = handle.createQuery("""
                        select v.id from tree_version v
                        join cascade_tree t on t.id = v.tree_id and t.agency_id = v.agency_id and v.version = t.current_version
                        where t.id = :tree and t.agency_id = :agency""")
                .bind("tree", noted.tree()).bind("agency", noted.agency()).mapTo(Long.class).one();
        if (years.contains(null)) {
            refresh(handle, noted.agency(), version, null);
        } else {
            years.stream().distinct().sorted().forEach(year -> refresh(handle, noted.agency(), version, year));
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void refresh(Handle handle, long agencyId, long versionId, Integer year) {
        handle.createCall("{call refresh_scores(:agency, :version, :year, :cap)}")
                .bind("agency", agencyId).bind("version", versionId).bind("year", year).bind("cap", config.achievement().cap())
                .invoke();
    }

    void onStart(@Observes StartupEvent event) {
        rescoreIfCapChanged();
        // notes left by a replica that stopped before its worker ran
        wake();
    }

    /** Rescores every current tree when the configured cap differs from the one the stored scores were computed with. */
    @Transactional
    public void rescoreIfCapChanged() {
        BigDecimal cap = config.achievement().cap();
        jdbi.useHandle(handle -> {
            // Locks the basis row: of several replicas starting at once, one rescores and the others then see the new cap.
            BigDecimal stored = handle.createQuery("select cap from score_basis for update").mapTo(BigDecimal.class).one();
            if (stored != null && stored.compareTo(cap) == 0) {
                return;
            }
            List<Current> versions = handle.createQuery(
                            "select agency_id as agency, version_id as version from current_tree order by version_id")
                    .map(CURRENT).list();
            long start = System.nanoTime();
            versions.forEach(current -> refresh(handle, current.agency(), current.version(), null));
            handle.createUpdate("update score_basis set cap = :cap").bind("cap", cap).execute();
            LOG.infof("Capaian cap is %s (was %s): rescored %d trees in %d ms", cap, stored, versions.size(),
                    (System.nanoTime() - start) / 1_000_000);
        });
    }
}
