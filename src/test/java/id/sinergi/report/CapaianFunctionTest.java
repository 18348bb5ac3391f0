package id.sinergi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import jakarta.inject.Inject;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** The capaian formulas (SQL function capaian, docs/domain.md "Capaian"), straight against the database, no HTTP. */
@QuarkusTest
class CapaianFunctionTest {

    @Inject
    Jdbi jdbi;

    @ParameterizedTest(name = "{0} T={1} [{2},{3}] R={4} cap {5} -> {6}")
    @CsvSource(nullValues = "-", value = {
            "HIGHER_IS_BETTER, 80,  -,  -,  60, 120, 75",
            "HIGHER_IS_BETTER, 80,  -,  -,  80, 120, 100",
            "LOWER_IS_BETTER,  10,  -,  -,  10, 120, 100",
            "LOWER_IS_BETTER, 18.8, -,  -, 19.8, 120, 94.68085106382978723400",
            "RANGE,             -, 10, 20,  20, 120, 100",
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
                 BigDecimal cap, BigDecimal expected) {
        BigDecimal actual = evaluate("capaian", BigDecimal.class, polarity, target, min, max, realisation, cap);
        if (expected == null) {
            assertEquals(null, actual);
        } else {
            assertEquals(0, expected.compareTo(actual), "capaian was " + actual);
        }
    }

    /** How each figure was reached, in words an analyst can recompute; every branch of capaian() has one. */
    @ParameterizedTest(name = "{0} T={1} [{2},{3}] R={4} cap {5} -> {6}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            "HIGHER_IS_BETTER | 80   | -  | -  | 60   | 120 | 60 / 80 x 100 = 75",
            "HIGHER_IS_BETTER | 80   | -  | -  | 80   | 120 | 80 / 80 x 100 = 100",
            "HIGHER_IS_BETTER | 80   | -  | -  | 200  | 120 | 200 / 80 x 100 = 250, capped at 120",
            "LOWER_IS_BETTER  | 18.8 | -  | -  | 19.8 | 120 | (2 x 18.8 - 19.8) / 18.8 x 100 = 94.68",
            "LOWER_IS_BETTER  | 10   | -  | -  | 10   | 120 | (2 x 10 - 10) / 10 x 100 = 100",
            "LOWER_IS_BETTER  | 10   | -  | -  | 25   | 120 | (2 x 10 - 25) / 10 x 100 = -50, raised to 0",
            "RANGE            | -    | 10 | 20 | 15   | 120 | 15 within [10, 20] = 100",
            "RANGE            | -    | 10 | 20 | 5    | 120 | 5 / 10 x 100 = 50",
            "RANGE            | -    | 10 | 20 | 25   | 120 | (2 x 20 - 25) / 20 x 100 = 75",
            "RANGE            | -    | 0  | 20 | -1   | 120 | min is 0: no capaian",
            "RANGE            | -    | -  | -  | 15   | 120 | no target band for the year",
            "HIGHER_IS_BETTER | 0    | -  | -  | 10   | 120 | target is 0: no capaian",
            "LOWER_IS_BETTER  | -    | -  | -  | 10   | 120 | no target for the year",
            "HIGHER_IS_BETTER | 80   | -  | -  | -    | 120 | no realisation"})
    void formula(String polarity, BigDecimal target, BigDecimal min, BigDecimal max, BigDecimal realisation,
                 BigDecimal cap, String expected) {
        assertEquals(expected, evaluate("capaian_formula", String.class, polarity, target, min, max, realisation, cap));
    }

    /** One of the capaian SQL functions, called with an indicator's figures. */
    private <T> T evaluate(String function, Class<T> type, String polarity, BigDecimal target, BigDecimal min,
                           BigDecimal max, BigDecimal realisation, BigDecimal cap) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + function
                        + "(:polarity, :target, :min, :max, :realisation, :cap)")
                .bind("polarity", polarity).bind("target", target).bind("min", min).bind("max", max)
                .bind("realisation", realisation).bind("cap", cap).mapTo(type).one());
    }
}
