package id.sinergi.crosscut;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.sinergi.common.Sql;

/** What links need to know about the trees, asked of the current versions in SQL. */
@ApplicationScoped
public class LinkStore {

    /** Whether each end's node is in its agency's current tree; null for an end that names no node. */
    public record Presence(Boolean source, Boolean target) {
    }

    private static final String NODE_IN_CURRENT_TREE = """
            exists (select 1 from current_tree ct join tree_node n on n.version_id = ct.version_id
                    where ct.agency_id = %s and ct.period_id = l.period_id and n.key = %s)""";

    @Inject
    DataSource dataSource;

    public boolean nodeInCurrentTree(long agencyId, long periodId, String key) {
        return exists("select 1 from current_tree ct join tree_node n on n.version_id = ct.version_id "
                + "where ct.agency_id = ? and ct.period_id = ? and n.key = ?", agencyId, periodId, key);
    }

    /** Whether either agency's current tree in the period carries an indicator with the code. */
    public boolean codeCarried(long periodId, String code, long agencyId, long otherAgencyId) {
        return exists("select 1 from current_tree ct join indicator i on i.version_id = ct.version_id "
                + "where ct.period_id = ? and ct.agency_id in (?, ?) and i.code = ?", periodId, agencyId, otherAgencyId, code);
    }

    public Map<Long, Presence> presence(List<Long> linkIds) {
        Map<Long, Presence> presence = new HashMap<>();
        if (linkIds.isEmpty()) {
            return presence;
        }
        String sql = "select l.id, " + NODE_IN_CURRENT_TREE.formatted("l.source_agency_id", "l.source_node_key") + ", "
                + "case when l.target_node_key is null then null else "
                + NODE_IN_CURRENT_TREE.formatted("l.target_agency_id", "l.target_node_key") + " end "
                + "from crosscutting_link l where l.id = any(?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("bigint", linkIds.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    presence.put(rows.getLong(1), new Presence(rows.getBoolean(2), (Boolean) rows.getObject(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Checking link nodes failed", e);
        }
        return presence;
    }

    private boolean exists(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = Sql.prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            return rows.next();
        } catch (SQLException e) {
            throw new IllegalStateException("Looking up a tree failed", e);
        }
    }
}
