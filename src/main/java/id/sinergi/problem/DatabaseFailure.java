package id.sinergi.problem;

import java.sql.SQLException;

/** What a database failure says about the server, as the answer to a request and the choice of a server use it. */
public final class DatabaseFailure {

    private DatabaseFailure() {
    }

    /**
     * Whether the connection could not be made or was lost (SQLSTATE class 08), or the server is shutting down or
     * starting (57P01-57P03), rather than something being wrong with the statement.
     */
    public static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
