package id.sinergi.scoring;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.config.SinergiConfig;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps what the reports read precomputed for each tree's current version (capaian scores per node, owner
 * and tree, coded-indicator figures, code carriers, outcome codes, statement signatures, version-only
 * integrity findings; SQL function refresh_scores in R__refresh_scores.sql) in step with what they come from: a
 * new tree version rescores every year of its period, a realisation rescores its tree for its year, and a
 * changed cap rescores every tree at start-up. The achievement reports then read scores instead of
 * recomputing a nation's indicators on every call.
 *
 * <p>This package sits below the features: tree and realisation writes call it, reports read what it
 * keeps, and it depends on none of them.
 */
@ApplicationScoped
public class ScoreStore {

    private static final Logger LOG = Logger.getLogger(ScoreStore.class);

    @Inject
    SinergiConfig config;

    @Inject
    Jdbi jdbi;

    /** Rescores a version for one year, or for every year of its period when year is null. Joins the caller's transaction. */
    public void refresh(long versionId, Integer year) {
        jdbi.useHandle(handle -> refresh(handle, versionId, year));
    }

    private void refresh(Handle handle, long versionId, Integer year) {
        handle.createCall("{call refresh_scores(:version, :year, :cap)}")
                .bind("version", versionId).bind("year", year).bind("cap", config.achievement().cap())
                .invoke();
    }

    void onStart(@Observes StartupEvent event) {
        rescoreIfCapChanged();
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
            List<Long> versions = handle.createQuery("select version_id from current_tree order by version_id")
                    .mapTo(Long.class).list();
            long start = System.nanoTime();
            versions.forEach(version -> refresh(handle, version, null));
            handle.createUpdate("update score_basis set cap = :cap").bind("cap", cap).execute();
            LOG.infof("Capaian cap is %s (was %s): rescored %d trees in %d ms", cap, stored, versions.size(),
                    (System.nanoTime() - start) / 1_000_000);
        });
    }
}
