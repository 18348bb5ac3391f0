package id.sinergi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** The capaian formulas (SQL function capaian, docs/domain.md "Capaian"), straight against the database, no HTTP. */
@QuarkusTest
class CapaianFunctionTest {

    @Inject
    DataSource dataSource;

    @ParameterizedTest(name = "{0} T={1} [{2},{3}] R={4} cap {5} -> {6}")
    @CsvSource(nullValues = "-", value = {
            "HIGHER_IS_BETTER, 80,  -,  -,  60, 120, 75",
            "HIGHER_IS_BETTER, 80,  -,  -, 200, 120, 120",
            "HIGHER_IS_BETTER, 80,  -,  -, 200, 150, 150",
            "HIGHER_IS_BETTER,  0,  -,  -,  10, 120, -",
            "HIGHER_IS_BETTER, 80,  -,  -,   -, 120, -",
            "HIGHER_IS_BETTER, 80,  -,  -,   0, 120, 0",
            "LOWER_IS_BETTER,  10,  -,  -,  12, 120, 80",
            "LOWER_IS_BETTER,  10,  -,  -,   5, 120, 120",
            "LOWER_IS_BETTER,  10,  -,  -,  25, 120, 0",
            "RANGE,             -, 10, 20,  15, 120, 100",
            "RANGE,             -, 10, 20,  10, 120, 100",
            "RANGE,             -, 10, 20,   5, 120, 50",
            "RANGE,             -, 10, 20,  25, 120, 75",
            "RANGE,             -,  0, 20,  -1, 120, -"})
    void capaian(String polarity, BigDecimal target, BigDecimal min, BigDecimal max, BigDecimal realisation,
                 BigDecimal cap, BigDecimal expected) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select capaian(?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, polarity);
            statement.setBigDecimal(2, target);
            statement.setBigDecimal(3, min);
            statement.setBigDecimal(4, max);
            statement.setBigDecimal(5, realisation);
            statement.setBigDecimal(6, cap);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                BigDecimal actual = row.getBigDecimal(1);
                if (expected == null) {
                    assertEquals(null, actual);
                } else {
                    assertEquals(0, expected.compareTo(actual), "capaian was " + actual);
                }
            }
        }
    }
}
