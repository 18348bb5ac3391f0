package id.sinergi.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Small JDBC helpers for the hand-written SQL of stores and reports. */
public final class Sql {

    private Sql() {
    }

    /** A prepared statement with the parameters bound in order. */
    public static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
