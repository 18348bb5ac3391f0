package id.sinergi.report;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.node;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Early warning worked by hand. Every period of 2025 is long past its due date (14 days after it ends) on the
 * day the tests run; none of 2029 is.
 */
@QuarkusTest
class EarlyWarningReportTest {

    String agency;
    String period;
    String tree;

    @BeforeEach
    void setUp() {
        agency = createAgency("KEMENKES", "MINISTRY", null);
        period = createPeriod(2025, 2029);
        tree = "/api/v1/agencies/" + agency + "/cascades/" + period;
        planner(agency).body(Map.of("nodes", List.of(node("G1", null, "GOAL", agency,
                        indicator("CUM", "QUARTERLY", "CUMULATIVE", "HIGHER_IS_BETTER", 100),
                        indicator("LAST", "QUARTERLY", "LAST_VALUE", "LOWER_IS_BETTER", 18.8),
                        indicator("AVG", "MONTHLY", "AVERAGE", "HIGHER_IS_BETTER", 90),
                        indicator("MAX", "QUARTERLY", "MAXIMUM", "HIGHER_IS_BETTER", 5),
                        indicator("YEAR", "YEARLY", "LAST_VALUE", "HIGHER_IS_BETTER", 70)))))
                .put(tree).then().statusCode(201);
        report("CUM", "2025-Q1", 18);
        report("CUM", "2025-Q2", 22);
        report("LAST", "2025-Q1", 21.5);
        for (int month = 1; month <= 6; month++) {
            report("AVG", "2025-M0" + month, 95);
        }
    }

    static Map<String, Object> indicator(String key, String reporting, String accumulation, String polarity, double target) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("key", key);
        indicator.put("name", "Indikator " + key);
        indicator.put("unit", "persen");
        indicator.put("polarity", polarity);
        indicator.put("reporting", reporting);
        indicator.put("accumulation", accumulation);
        indicator.put("targets", List.of(Map.of("year", 2025, "value", target), Map.of("year", 2029, "value", target)));
        return indicator;
    }

    void report(String indicator, String reportingPeriod, double value) {
        planner(agency).body(Map.of("value", value))
                .put(tree + "/indicators/" + indicator + "/realisations/" + reportingPeriod).then().statusCode(201);
    }

    RequestSpecification warnings(int year, int quarter) {
        return analyst().queryParam("period", period).queryParam("year", year).queryParam("quarter", quarter)
                .queryParam("agency", agency);
    }

    @Test
    void projectsEachKindAndFlagsOverduePeriods() {
        // CUM: 18 + 22 = 40 in 6 months runs on to 80 by December: 80 % of 100, off track.
        // LAST: Q1 21.5 stands as the year's projection, (2 x 18.8 - 21.5) / 18.8 = 85.64 %; Q2 is overdue.
        // AVG: 95 every month projects 95, 105.56 % of 90: not warned. MAX: nothing, Q1 and Q2 overdue.
        // YEAR: reported once a year, nothing is due before the year ends.
        warnings(2025, 2).get("/api/v1/reports/early-warning").then().statusCode(200)
                .body("quarter", equalTo(2)).body("figures", equalTo("ALL")).body("total", equalTo(3))
                .body("items.indicator", contains("CUM", "LAST", "MAX"))
                .body("items[0].realisation", equalTo(40)).body("items[0].derivation", equalTo("Q1 18 + Q2 22 = 40"))
                .body("items[0].projection", equalTo(80))
                .body("items[0].projectionMethod", equalTo("run-rate: 40 / 6 months x 12 = 80"))
                .body("items[0].projectedAchievement", equalTo(80.0f))
                .body("items[0].formula", equalTo("80 / 100 x 100 = 80"))
                .body("items[0].predikat", equalTo("Baik")).body("items[0].warnings", contains("OFF_TRACK"))
                .body("items[0].overdue", hasSize(0))
                .body("items[1].projectionMethod", equalTo("latest value: 21.5"))
                .body("items[1].projectedAchievement", equalTo(85.64f))
                .body("items[1].overdue", contains("Q2")).body("items[1].warnings", contains("OFF_TRACK", "OVERDUE"))
                .body("items[2].realisation", nullValue()).body("items[2].projection", nullValue())
                .body("items[2].overdue", contains("Q1", "Q2")).body("items[2].warnings", contains("OVERDUE"));

        // At the year's end the second half year is overdue everywhere (AVG still projects 95: on track), and the
        // yearly indicator is due too.
        warnings(2025, 4).get("/api/v1/reports/early-warning").then().statusCode(200)
                .body("items.indicator", contains("CUM", "LAST", "AVG", "MAX", "YEAR"))
                .body("items[0].projectionMethod", equalTo("run-rate: 40 / 6 months x 12 = 80"))
                .body("items[0].overdue", contains("Q3", "Q4"))
                .body("items[2].overdue", contains("M07", "M08", "M09", "M10", "M11", "M12"))
                .body("items[2].warnings", contains("OVERDUE")).body("items[2].projectedAchievement", equalTo(105.56f))
                .body("items[4].overdue", contains("Y"));
    }

    /**
     * A tree that reported nothing in the year keeps no standing: each of its periods due is overdue. Its first
     * figure gives every indicator of the year its standing (the others stay overdue); a new version with a lower
     * target is judged anew: CUM's run-rate 80 meets a target of 80, so it no longer warns.
     */
    @Test
    void aSilentTreeIsOverdueAndANewVersionIsJudgedAnew() {
        String silent = createAgency("BPOM", "NON_MINISTERIAL_AGENCY", null);
        String silentTree = "/api/v1/agencies/" + silent + "/cascades/" + period;
        Map<String, Object> cumulative = indicator("CUM", "QUARTERLY", "CUMULATIVE", "HIGHER_IS_BETTER", 100);
        planner(silent).body(Map.of("nodes", List.of(node("G1", null, "GOAL", silent, cumulative,
                indicator("MON", "MONTHLY", "LAST_VALUE", "HIGHER_IS_BETTER", 50),
                indicator("YEAR", "YEARLY", "LAST_VALUE", "HIGHER_IS_BETTER", 70))))).put(silentTree).then().statusCode(201);
        Supplier<RequestSpecification> silentWarnings = () -> analyst().queryParam("period", period)
                .queryParam("year", 2025).queryParam("quarter", 2).queryParam("agency", silent);
        silentWarnings.get().get("/api/v1/reports/early-warning").then().statusCode(200)
                .body("total", equalTo(2)).body("items.indicator", contains("CUM", "MON"))
                .body("items[0].overdue", contains("Q1", "Q2")).body("items[0].warnings", contains("OVERDUE"))
                .body("items[1].overdue", contains("M01", "M02", "M03", "M04", "M05", "M06"));

        for (Map.Entry<String, Integer> figure : Map.of("2025-Q1", 18, "2025-Q2", 22).entrySet()) {
            planner(silent).body(Map.of("value", figure.getValue()))
                    .put(silentTree + "/indicators/CUM/realisations/" + figure.getKey()).then().statusCode(201);
        }
        silentWarnings.get().get("/api/v1/reports/early-warning").then().statusCode(200)
                .body("items.indicator", contains("CUM", "MON"))
                .body("items[0].warnings", contains("OFF_TRACK")).body("items[0].projectedAchievement", equalTo(80.0f))
                .body("items[1].warnings", contains("OVERDUE"));

        cumulative.put("targets", List.of(Map.of("year", 2025, "value", 80), Map.of("year", 2029, "value", 100)));
        planner(silent).header("If-Match", "\"1\"").body(Map.of("nodes", List.of(node("G1", null, "GOAL", silent,
                cumulative, indicator("MON", "MONTHLY", "LAST_VALUE", "HIGHER_IS_BETTER", 50),
                indicator("YEAR", "YEARLY", "LAST_VALUE", "HIGHER_IS_BETTER", 70))))).put(silentTree).then().statusCode(200);
        silentWarnings.get().get("/api/v1/reports/early-warning").then().statusCode(200)
                .body("total", equalTo(1)).body("items.indicator", contains("MON"));
    }

    @Test
    void periodsNotYetDueAreNotOverdue() {
        warnings(2029, 1).get("/api/v1/reports/early-warning").then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void verifiedFiguresOnlyAndPagesAndCsv() {
        // Nothing is verified: no figure projects, only the overdue periods warn.
        warnings(2025, 2).queryParam("figures", "VERIFIED").get("/api/v1/reports/early-warning").then().statusCode(200)
                .body("figures", equalTo("VERIFIED")).body("items.indicator", contains("LAST", "MAX"))
                .body("items[0].warnings", contains("OVERDUE"));
        warnings(2025, 2).queryParam("size", 1).queryParam("page", 2).get("/api/v1/reports/early-warning").then()
                .statusCode(200).body("total", equalTo(3)).body("items.indicator", contains("MAX"));
        String csv = warnings(2025, 2).accept("text/csv").get("/api/v1/reports/early-warning").then().statusCode(200)
                .extract().asString();
        assertEquals(4, csv.lines().count(), csv);
        assertThat(csv, startsWith("agency,node,indicator,name,unit,polarity,reporting,"
                + "accumulation,realisation,derivation,target,min,max,projection,projectionMethod,projectedAchievement,"
                + "formula,predikat,colour,overdue,warnings"));
        assertThat(csv, containsString(",Q1 Q2,OVERDUE"));
    }

    @Test
    void refusesWhatItCannotAnswer() {
        analyst().queryParam("period", period).queryParam("year", 2025).get("/api/v1/reports/early-warning").then()
                .statusCode(400).body("violations[0].parameter", equalTo("quarter"));
        warnings(2025, 0).get("/api/v1/reports/early-warning").then().statusCode(400)
                .body("violations[0].rule", equalTo("QUARTER_OUT_OF_RANGE"));
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("quarter", "dua")
                .get("/api/v1/reports/early-warning").then().statusCode(400);
        warnings(2031, 1).get("/api/v1/reports/early-warning").then().statusCode(422);
        analyst().queryParam("period", "NOPE").queryParam("year", 2025).queryParam("quarter", 1)
                .get("/api/v1/reports/early-warning").then().statusCode(404);
    }
}
