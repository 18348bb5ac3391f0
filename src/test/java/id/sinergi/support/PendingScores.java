package id.sinergi.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

/**
 * A tree's rescoring as tests stage it (ScoreStore): wait until the worker has taken every note, then put a
 * stale score and a note of its own behind the worker's back (no write wakes it), so that only a read doing
 * the pending rescoring can answer right.
 */
public final class PendingScores {

    private final DataSource dataSource;
    private final long treeId;

    public PendingScores(DataSource dataSource, String agency, String period) throws Exception {
        this.dataSource = dataSource;
        this.treeId = (long) query("select t.id from cascade_tree t join agency a on a.id = t.agency_id "
                + "join planning_period p on p.id = t.period_id where a.code = '" + agency + "' and p.code = '" + period + "'");
    }

    public long treeId() {
        return treeId;
    }

    /** Notes of this tree not yet taken by a rescoring that committed. */
    public long pending() throws Exception {
        return (long) query("select count(*) from score_pending where tree_id = " + treeId);
    }

    /** Waits until the worker has taken every note of the tree (a minute at most: the machine may be busy). */
    public void settle() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (pending() > 0) {
            assertTrue(System.nanoTime() < deadline, "the worker took the notes within a minute");
            Thread.sleep(50);
        }
    }

    /** After {@link #settle}: the tree's stored scores for the year wiped, and a rescoring of it noted. */
    public void spoil(int year) throws Exception {
        settle();
        String versions = "(select id from tree_version where tree_id = " + treeId + ")";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update tree_score set score = 0 where year = " + year + " and version_id in " + versions);
            statement.executeUpdate("update node_score set own = null, rolled = null where year = " + year
                    + " and version_id in " + versions);
            statement.executeUpdate("insert into score_pending (agency_id, tree_id, year) select agency_id, id, " + year
                    + " from cascade_tree where id = " + treeId);
        }
    }

    public Object query(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getObject(1);
        }
    }
}
