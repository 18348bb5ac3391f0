package id.sinergi.realisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.sinergi.common.Sql;

/** Realisations in SQL; runs inside the caller's transaction. */
@ApplicationScoped
public class RealisationStore {

    private static final String COLUMNS = "indicator_key, year, value, note, evidence_url, reported_by, reported_at";

    @Inject
    DataSource dataSource;

    /** Records a realisation, replacing the current figure and keeping every figure in the history; true if it is new. */
    public boolean put(long treeId, String indicatorKey, int year, RealisationRequest request, String actor, Instant at) {
        String sql = """
                with history as (
                    insert into realisation_history (tree_id, indicator_key, year, value, note, evidence_url, reported_by, reported_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                )
                insert into realisation (tree_id, indicator_key, year, value, note, evidence_url, reported_by, reported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tree_id, indicator_key, year) do update
                    set value = excluded.value, note = excluded.note, evidence_url = excluded.evidence_url,
                        reported_by = excluded.reported_by, reported_at = excluded.reported_at
                returning (xmax = 0)""";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int offset : new int[] {0, 8}) {
                statement.setLong(offset + 1, treeId);
                statement.setString(offset + 2, indicatorKey);
                statement.setInt(offset + 3, year);
                statement.setBigDecimal(offset + 4, request.value());
                statement.setString(offset + 5, request.note());
                statement.setString(offset + 6, request.evidenceUrl());
                statement.setString(offset + 7, actor);
                statement.setTimestamp(offset + 8, Timestamp.from(at));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Recording a realisation failed", e);
        }
    }

    /** Current realisations of one indicator, by year. */
    public List<RealisationView> ofIndicator(long treeId, String indicatorKey) {
        return query("select " + COLUMNS + " from realisation where tree_id = ? and indicator_key = ? order by year",
                treeId, indicatorKey);
    }

    /** Every figure ever reported for one indicator and year, newest first. */
    public List<RealisationView> history(long treeId, String indicatorKey, int year) {
        return query("select " + COLUMNS + " from realisation_history where tree_id = ? and indicator_key = ? and year = ? "
                + "order by id desc", treeId, indicatorKey, year);
    }

    /** Current realisations of every indicator that the given version carries. */
    public List<RealisationView> ofVersion(long treeId, long versionId) {
        return query("select r." + COLUMNS.replace(", ", ", r.") + " from realisation r "
                + "join indicator i on i.version_id = ? and i.key = r.indicator_key "
                + "where r.tree_id = ? order by i.position, r.year", versionId, treeId);
    }

    /** Whether the version carries an indicator with this key. */
    public boolean versionHasIndicator(long versionId, String indicatorKey) {
        return exists("select 1 from indicator where version_id = ? and key = ?", versionId, indicatorKey);
    }

    /** Whether any version of the tree ever carried an indicator with this key. */
    public boolean treeHadIndicator(long treeId, String indicatorKey) {
        return exists("select 1 from indicator i join tree_version v on v.id = i.version_id where v.tree_id = ? and i.key = ?",
                treeId, indicatorKey);
    }

    private boolean exists(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = Sql.prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            return rows.next();
        } catch (SQLException e) {
            throw new IllegalStateException("Looking up an indicator failed", e);
        }
    }


    private List<RealisationView> query(String sql, Object... parameters) {
        List<RealisationView> result = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = Sql.prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                result.add(new RealisationView(rows.getString(1), rows.getInt(2), rows.getBigDecimal(3),
                        rows.getString(4), rows.getString(5), rows.getString(6), rows.getTimestamp(7).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading realisations failed", e);
        }
        return result;
    }
}
