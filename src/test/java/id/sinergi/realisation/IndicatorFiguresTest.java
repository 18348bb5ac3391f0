package id.sinergi.realisation;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.inspectorate;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.node;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Figures to date per accumulation kind, worked by hand: what each quarter's figure, target, capaian,
 * formula and predikat must be, from realisations reported per quarter, per month and per year.
 * Bands: the defaults (100 Sangat Baik, 75 Baik, 55 Cukup, 0 Kurang).
 */
@QuarkusTest
class IndicatorFiguresTest {

    String agency;
    String period;
    String tree;

    @BeforeEach
    void setUp() {
        agency = createAgency("BKKBN", "NON_MINISTERIAL_AGENCY", null);
        period = createPeriod(2025, 2029);
        tree = "/api/v1/agencies/" + agency + "/cascades/" + period;
        Map<String, Object> cumulative = monitored("CUM", "QUARTERLY", "CUMULATIVE", "HIGHER_IS_BETTER",
                target(100, Map.of("quarter", 1, "value", 20), Map.of("quarter", 2, "value", 45),
                        Map.of("quarter", 3, "value", 70), Map.of("quarter", 4, "value", 100)));
        Map<String, Object> qualitative = with(monitored("QUAL", "YEARLY", "QUALITATIVE", "HIGHER_IS_BETTER",
                        Map.of("year", 2025, "label", "WTP")),
                "scale", List.of(Map.of("label", "TMP", "score", 25), Map.of("label", "TW", "score", 50),
                        Map.of("label", "WDP", "score", 75), Map.of("label", "WTP", "score", 100)));
        planner(agency).body(Map.of("nodes", List.of(node("G1", null, "GOAL", agency, cumulative,
                        monitored("LAST", "QUARTERLY", "LAST_VALUE", "LOWER_IS_BETTER", target(18.8)),
                        monitored("AVG", "MONTHLY", "AVERAGE", "HIGHER_IS_BETTER", target(90)),
                        monitored("MAX", "QUARTERLY", "MAXIMUM", "HIGHER_IS_BETTER", target(5)),
                        qualitative))))
                .put(tree).then().statusCode(201);
    }

    static Map<String, Object> monitored(String key, String reporting, String accumulation, String polarity,
                                         Map<String, Object> target) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("key", key);
        indicator.put("name", "Indikator " + key);
        indicator.put("unit", "persen");
        indicator.put("polarity", polarity);
        indicator.put("reporting", reporting);
        indicator.put("accumulation", accumulation);
        indicator.put("targets", List.of(target));
        return indicator;
    }

    @SafeVarargs
    static Map<String, Object> target(double value, Map<String, Object>... quarters) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("year", 2025);
        target.put("value", value);
        if (quarters.length > 0) {
            target.put("quarters", List.of(quarters));
        }
        return target;
    }

    static Map<String, Object> with(Map<String, Object> map, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(field, value);
        return copy;
    }

    void report(String indicator, String reportingPeriod, Object value) {
        planner(agency).body(Map.of(value instanceof String ? "label" : "value", value))
                .put(tree + "/indicators/" + indicator + "/realisations/" + reportingPeriod).then().statusCode(201);
    }

    JsonPath figures(String indicator, String... query) {
        var request = analyst();
        if (query.length > 0) {
            request = request.queryParam(query[0], query[1]);
        }
        return request.get(tree + "/indicators/" + indicator + "/figures/2025").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void cumulativeQuartersAddUpAndAMissingQuarterCountsAsNothing() {
        report("CUM", "2025-Q1", 18);
        report("CUM", "2025-Q2", 22);
        report("CUM", "2025-Q4", 40);

        JsonPath figures = figures("CUM");
        // Q1: 18 against the Q1 target 20; Q2: 18 + 22 = 40 against 45; Q3 unreported: still 40, against 70;
        // the year: 18 + 22 + 40 = 80 against 100.
        assertEquals(List.of(18, 40, 40, 80), figures.getList("quarters.value"));
        assertEquals(List.of(
                        "Q1 18 = 18",
                        "Q1 18 + Q2 22 = 40",
                        "Q1 18 + Q2 22 = 40 (not reported: Q3)",
                        "Q1 18 + Q2 22 + Q4 40 = 80 (not reported: Q3)"),
                figures.getList("quarters.derivation"));
        assertEquals(List.of(List.of(), List.of(), List.of("Q3"), List.of("Q3")),
                figures.getList("quarters.missing"));
        assertEquals(List.of("Q1 target", "Q2 target", "Q3 target", "Q4 target"),
                figures.getList("quarters.targetSource"));
        assertEquals(List.of(
                        "18 / 20 x 100 = 90", "40 / 45 x 100 = 88.89", "40 / 70 x 100 = 57.14", "80 / 100 x 100 = 80"),
                figures.getList("quarters.formula"));
        assertEquals(List.of("Baik", "Baik", "Cukup", "Baik"),
                figures.getList("quarters.predikat"));
        assertEquals(List.of("#91CF60", "#91CF60", "#FEE08B", "#91CF60"),
                figures.getList("quarters.colour"));

        // The year's figure is what the annual reports count.
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("agency", agency)
                .get("/api/v1/reports/achievement/indicators").then().statusCode(200)
                .body("items.find { it.indicator == 'CUM' }.realisation", equalTo(80))
                .body("items.find { it.indicator == 'CUM' }.achievement", equalTo(80.0f))
                .body("items.find { it.indicator == 'CUM' }.predikat", equalTo("Baik"))
                .body("items.find { it.indicator == 'CUM' }.derivation",
                        equalTo("Q1 18 + Q2 22 + Q4 40 = 80 (not reported: Q3)"));
        // And a quarter's, to date, with its own target.
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("quarter", 3).queryParam("agency", agency)
                .get("/api/v1/reports/achievement/indicators").then().statusCode(200)
                .body("items.find { it.indicator == 'CUM' }.realisation", equalTo(40))
                .body("items.find { it.indicator == 'CUM' }.target", equalTo(70))
                .body("items.find { it.indicator == 'CUM' }.targetSource", equalTo("Q3 target"))
                .body("items.find { it.indicator == 'CUM' }.achievement", equalTo(57.14f));
    }

    @Test
    void aLastValueIndicatorIsItsLatestQuarterAndOnTargetIs100WhenLowerIsBetter() {
        report("LAST", "2025-Q1", 21.5);
        report("LAST", "2025-Q2", 19.8);

        JsonPath figures = figures("LAST");
        assertEquals(List.of(21.5f, 19.8f, 19.8f, 19.8f), figures.getList("quarters.value"));
        // Without quarterly targets a level is held against the year's target in every quarter.
        assertEquals(List.of(
                        "(2 x 18.8 - 21.5) / 18.8 x 100 = 85.64",
                        "(2 x 18.8 - 19.8) / 18.8 x 100 = 94.68",
                        "(2 x 18.8 - 19.8) / 18.8 x 100 = 94.68",
                        "(2 x 18.8 - 19.8) / 18.8 x 100 = 94.68"),
                figures.getList("quarters.formula"));
        assertEquals(List.of("year target", "year target", "year target", "year target"),
                figures.getList("quarters.targetSource"));
        assertEquals("latest: Q2 19.8 (not reported: Q3, Q4)",
                figures.getString("quarters[3].derivation"));

        report("LAST", "2025-Q3", 18.8);
        figures = figures("LAST");
        assertEquals(100.0f, figures.getFloat("quarters[2].capaian"));
        assertEquals("(2 x 18.8 - 18.8) / 18.8 x 100 = 100",
                figures.getString("quarters[2].formula"));
        assertEquals("Sangat Baik", figures.getString("quarters[2].predikat"));
    }

    @Test
    void anAverageOfMonthsAndAMaximumOfQuarters() {
        report("AVG", "2025-M01", 80);
        report("AVG", "2025-M02", 90);
        report("AVG", "2025-M03", 100);
        report("AVG", "2025-M05", 85);
        JsonPath average = figures("AVG");
        assertEquals("(M01 80 + M02 90 + M03 100) / 3 = 90",
                average.getString("quarters[0].derivation"));
        assertEquals("90 / 90 x 100 = 100", average.getString("quarters[0].formula"));
        // (80 + 90 + 100 + 85) / 4 = 88.75; 88.75 / 90 = 98.61 %; M04 and M06 missing.
        assertEquals(
                "(M01 80 + M02 90 + M03 100 + M05 85) / 4 = 88.75 (not reported: M04, M06)",
                average.getString("quarters[1].derivation"));
        assertEquals(98.61f, average.getFloat("quarters[1].capaian"));
        assertEquals(List.of("M04", "M06"), average.getList("quarters[1].missing"));
        assertEquals(4, average.getInt("quarters[1].periods"));

        report("MAX", "2025-Q1", 3);
        report("MAX", "2025-Q2", 2);
        JsonPath maximum = figures("MAX");
        assertEquals("highest of Q1 3, Q2 2 = 3", maximum.getString("quarters[1].derivation"));
        assertEquals("3 / 5 x 100 = 60", maximum.getString("quarters[1].formula"));
        assertEquals("Cukup", maximum.getString("quarters[1].predikat"));
    }

    @Test
    void aQualitativeScaleCountsItsLabelsScores() {
        analyst().get(tree).then().statusCode(200)
                .body("nodes[0].indicators.find { it.key == 'QUAL' }.scale.label", contains("TMP", "TW", "WDP", "WTP"))
                .body("nodes[0].indicators.find { it.key == 'QUAL' }.targets[0].label", equalTo("WTP"))
                .body("nodes[0].indicators.find { it.key == 'QUAL' }.targets[0].value", nullValue())
                .body("nodes[0].indicators.find { it.key == 'CUM' }.targets[0].quarters.value", contains(20, 45, 70, 100));

        planner(agency).body(Map.of("label", "WOW")).put(tree + "/indicators/QUAL/realisations/2025").then().statusCode(422)
                .body("violations[0].rule", equalTo("LABEL_UNKNOWN"));
        planner(agency).body(Map.of("value", 75)).put(tree + "/indicators/QUAL/realisations/2025").then().statusCode(422)
                .body("violations[0].rule", equalTo("LABEL_REQUIRED"));
        report("QUAL", "2025", "WDP");

        JsonPath figures = figures("QUAL");
        // A yearly indicator has no figure before the year ends.
        assertEquals(List.of(0, 0, 0, 1), figures.getList("quarters.periods"));
        assertEquals("reported for the year: WDP = 75", figures.getString("quarters[3].derivation"));
        assertEquals("WDP", figures.getString("quarters[3].label"));
        assertEquals("WTP", figures.getString("quarters[3].targetLabel"));
        assertEquals("75 / 100 x 100 = 75", figures.getString("quarters[3].formula"));
        assertEquals("Baik", figures.getString("quarters[3].predikat"));
        analyst().get(tree + "/indicators/QUAL/realisations").then().statusCode(200)
                .body("[0].label", equalTo("WDP")).body("[0].value", equalTo(75)).body("[0].period", equalTo("Y"));
    }

    @Test
    void verifiedFiguresCountOnlyWhatAVerifierVerified() {
        report("CUM", "2025-Q1", 18);
        report("CUM", "2025-Q2", 22);
        planner(agency).body(Map.of("status", "SUBMITTED")).post(tree + "/indicators/CUM/realisations/2025-Q1/status")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        inspectorate().body(Map.of("status", "VERIFIED")).post(tree + "/indicators/CUM/realisations/2025-Q1/status")
                .then().statusCode(200).body("status", equalTo("VERIFIED")).body("reviewedBy", equalTo("inspektorat"));

        JsonPath all = figures("CUM");
        assertEquals(40, all.getInt("quarters[1].value"));
        assertEquals(18, all.getInt("quarters[1].verifiedValue"));
        assertEquals("Q1 18 = 18", all.getString("quarters[1].verifiedDerivation"));
        assertEquals(88.89f, all.getFloat("quarters[1].capaian"));
        JsonPath verified = figures("CUM", "figures", "VERIFIED");
        assertEquals("VERIFIED", verified.getString("figures"));
        assertEquals("18 / 45 x 100 = 40", verified.getString("quarters[1].formula"));
        assertEquals("Kurang", verified.getString("quarters[1].predikat"));

        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("quarter", 2)
                .queryParam("figures", "VERIFIED").queryParam("agency", agency)
                .get("/api/v1/reports/achievement/indicators").then().statusCode(200)
                .body("items.find { it.indicator == 'CUM' }.realisation", equalTo(18))
                .body("items.find { it.indicator == 'CUM' }.achievement", equalTo(40.0f))
                .body("items.find { it.indicator == 'LAST' }.realisation", nullValue());
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("figures", "SOME")
                .get("/api/v1/reports/achievement/indicators").then().statusCode(400)
                .body("violations[0].parameter", equalTo("figures"));
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("quarter", 5)
                .get("/api/v1/reports/achievement/indicators").then().statusCode(400)
                .body("violations[0].rule", equalTo("QUARTER_OUT_OF_RANGE"));
    }

    @Test
    void aRevisionThatChangesTheKindRederivesTheFigures() {
        report("CUM", "2025-Q1", 18);
        report("CUM", "2025-Q2", 22);
        List<Map<String, Object>> nodes = new ArrayList<>(analyst().get(tree).then().extract().jsonPath().getList("nodes"));
        Map<String, Object> goal = new LinkedHashMap<>(nodes.get(0));
        List<Map<String, Object>> indicators = new ArrayList<>((List<Map<String, Object>>) goal.get("indicators"));
        Map<String, Object> cumulative = new LinkedHashMap<>(indicators.get(0));
        cumulative.put("accumulation", "LAST_VALUE");
        cumulative.put("targets", List.of(target(100)));
        indicators.set(0, cumulative);
        goal.put("indicators", indicators);
        nodes.set(0, goal);
        planner(agency).header("If-Match", "\"1\"").body(Map.of("nodes", nodes)).put(tree).then().statusCode(200);

        JsonPath figures = figures("CUM");
        assertEquals("latest: Q2 22", figures.getString("quarters[1].derivation"));
        assertEquals(22, figures.getInt("quarters[1].value"));
        assertEquals("year target", figures.getString("quarters[1].targetSource"));
    }

    @Test
    void figuresOfWhatIsNotThereAreRefused() {
        analyst().get(tree + "/indicators/NOPE/figures/2025").then().statusCode(404);
        analyst().get(tree + "/indicators/CUM/figures/2031").then().statusCode(422)
                .body("violations[0].rule", equalTo("YEAR_OUTSIDE_PERIOD"));
        analyst().get(tree + "/indicators/CUM/figures/25").then().statusCode(404);
        analyst().queryParam("figures", "verified!").get(tree + "/indicators/CUM/figures/2025").then().statusCode(400);
        JsonPath nothing = figures("CUM");
        assertEquals(List.of(0, 0, 0, 0), nothing.getList("quarters.periods"));
        assertEquals(List.of("Q1", "Q2"), nothing.getList("quarters[1].missing"));
        assertEquals("no realisation", nothing.getString("quarters[0].formula"));
        analyst().get(tree + "/indicators/CUM/figures/2025").then().body("quarters[0].capaian", nullValue())
                .body("quarters[0].value", nullValue()).body("quarters[0].derivation", nullValue())
                .body("quarters[0].missing", contains("Q1")).body("quarters[0].predikat", nullValue())
                .body("quarters[0].label", nullValue()).body("quarters[2].missing", contains("Q1", "Q2", "Q3"))
                .body("quarters[3].verifiedValue", nullValue()).body("quarters[3].missing", contains("Q1", "Q2", "Q3", "Q4"))
                .body("quarters.findAll { it.missing.isEmpty() }", empty());
    }
}
