package id.sinergi.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.common.Sql;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps what the reports read precomputed for each tree's current version (capaian scores per node, owner
 * and tree, coded-indicator figures, code carriers, outcome codes, statement signatures, version-only
 * integrity findings; SQL function refresh_scores) in step with what they come from: a new tree
 * version rescores every year of its period, a realisation rescores its tree for its year, and a
 * changed cap rescores every tree at start-up. The achievement reports then read scores instead of
 * recomputing a nation's indicators on every call.
 */
@ApplicationScoped
public class ScoreStore {

    private static final Logger LOG = Logger.getLogger(ScoreStore.class);

    @ConfigProperty(name = "sinergi.achievement.cap", defaultValue = "120")
    BigDecimal cap;

    @Inject
    DataSource dataSource;

    /** Rescores a version for one year, or for every year of its period when year is null. Joins the caller's transaction. */
    public void refresh(long versionId, Integer year) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = Sql.prepare(connection, "select refresh_scores(?, ?, ?)", versionId, year, cap)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Rescoring version " + versionId + " failed", e);
        }
    }

    @Transactional
    void rescoreOnCapChange(@Observes StartupEvent event) {
        try (Connection connection = dataSource.getConnection()) {
            // Locks the basis row: of several replicas starting at once, one rescores and the others then see the new cap.
            BigDecimal stored;
            try (PreparedStatement basis = Sql.prepare(connection, "select cap from score_basis for update");
                 ResultSet row = basis.executeQuery()) {
                row.next();
                stored = row.getBigDecimal(1);
            }
            if (stored != null && stored.compareTo(cap) == 0) {
                return;
            }
            List<Long> versions = new ArrayList<>();
            try (PreparedStatement current = Sql.prepare(connection, "select version_id from current_tree order by version_id");
                 ResultSet rows = current.executeQuery()) {
                while (rows.next()) {
                    versions.add(rows.getLong(1));
                }
            }
            long start = System.nanoTime();
            versions.forEach(version -> refresh(version, null));
            try (PreparedStatement update = Sql.prepare(connection, "update score_basis set cap = ?", cap)) {
                update.executeUpdate();
            }
            LOG.infof("Capaian cap is %s (was %s): rescored %d trees in %d ms", cap, stored, versions.size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("Checking the stored capaian cap failed", e);
        }
    }
}
