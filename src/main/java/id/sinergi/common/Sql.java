package id.sinergi.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Small JDBC helpers for the hand-written SQL of stores and reports. */
public final class Sql {

    private Sql() {
    }

    /**
     * A LIKE pattern matching values that contain the text as it is: its own % and _ match themselves,
     * not any text or any character. Use with {@code like ... escape '\'}.
     */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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
