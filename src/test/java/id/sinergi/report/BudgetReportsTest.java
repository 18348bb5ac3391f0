package id.sinergi.report;

import static id.sinergi.support.Api.admin;
import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.measured;
import static id.sinergi.support.Trees.node;
import static id.sinergi.support.Trees.with;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Absorption, efficiency and the LKjIP tables against hand-worked figures. Two health offices with the same
 * tree and budget (K1 revised from 1,000,000 to 800,000; sub-activity K2-1 200,000: 1,000,000 in force): WARN
 * spends 98% and its programme indicator (days, lower is better, target 10) reaches 13, capaian
 * (2 x 10 - 13) / 10 = 70; GOOD spends 80% and reaches 10.5, capaian 95.
 */
@QuarkusTest
class BudgetReportsTest {

    String period;
    String warn;
    String good;

    static Map<String, Object> sasaranIndicator() {
        Map<String, Object> indicator = new LinkedHashMap<>(measured("I-S1", null, "HIGHER_IS_BETTER", 1, 2026, 80));
        indicator.put("targets", List.of(Map.of("year", 2025, "value", 70), Map.of("year", 2026, "value", 80),
                Map.of("year", 2029, "value", 90)));
        return indicator;
    }

    static Map<String, Object> tree(String agency, Map<String, Object> sasaran) {
        return Map.of("nodes", List.of(
                node("G1", null, "GOAL", agency),
                node("S1", "G1", "TARGET", agency, sasaran),
                with(node("P1", "S1", "PROGRAM", agency, measured("I-P1", null, "LOWER_IS_BETTER", 1, 2026, 10)),
                        "code", "1.02.02"),
                with(node("K1", "P1", "ACTIVITY", agency), "code", "1.02.02.2.01"),
                with(node("K2", "P1", "ACTIVITY", agency), "code", "1.02.02.2.02"),
                with(node("K2-1", "K2", "SUB_ACTIVITY", agency), "code", "1.02.02.2.02.0001")));
    }

    static List<Map<String, Object>> months(int... amounts) {
        List<Map<String, Object>> months = new ArrayList<>();
        for (int m = 0; m < amounts.length; m++) {
            months.add(Map.of("month", m + 1, "amount", amounts[m]));
        }
        return months;
    }

    String setUpOffice(String prefix, double programmeRealisation, int[] k1, int[] k21) {
        String agency = createAgency(prefix, "REGIONAL_OFFICE", null);
        admin().body(Map.of("code", agency, "name", "Dinas Kesehatan " + prefix, "kind", "REGIONAL_OFFICE",
                "affairs", List.of("1.02"))).put("/api/v1/agencies/" + agency).then().statusCode(200);
        String tree = "/api/v1/agencies/" + agency + "/cascades/" + period;
        planner(agency).body(tree(agency, sasaranIndicator())).put(tree).then().statusCode(201);
        planner(agency).body(Map.of("lines", List.of(
                Map.of("node", "K1", "originalCeiling", 1_000_000, "revisedCeiling", 800_000, "spending", months(k1)),
                Map.of("node", "K2-1", "originalCeiling", 200_000, "spending", months(k21)))))
                .put(tree + "/budgets/2026").then().statusCode(200);
        planner(agency).body(Map.of("value", programmeRealisation)).put(tree + "/indicators/I-P1/realisations/2026")
                .then().statusCode(201);
        return agency;
    }

    @BeforeEach
    void setUp() {
        period = createPeriod(2025, 2029);
        warn = setUpOffice("WARN", 13, new int[] {196_000, 196_000, 196_000, 196_000}, new int[] {98_000, 98_000});
        good = setUpOffice("GOOD", 10.5, new int[] {160_000, 160_000, 160_000, 160_000}, new int[] {80_000, 80_000});
    }

    @Test
    void absorptionRollsUpTheTreeToTheEndOfTheMonth() {
        analyst().queryParam("period", period).queryParam("year", 2026).queryParam("agency", warn)
                .get("/api/v1/reports/absorption").then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.node", contains("G1", "S1", "P1", "K1", "K2", "K2-1"))
                .body("items.ceiling", contains(1_000_000, 1_000_000, 1_000_000, 800_000, 200_000, 200_000))
                .body("items.spent", contains(980_000, 980_000, 980_000, 784_000, 196_000, 196_000))
                .body("items.absorption", contains(98.0f, 98.0f, 98.0f, 98.0f, 98.0f, 98.0f))
                .body("items[2].code", equalTo("1.02.02"));
        // To the end of February: K1 392,000 and K2-1 196,000 of 1,000,000.
        analyst().queryParam("period", period).queryParam("year", 2026).queryParam("agency", warn).queryParam("month", 2)
                .get("/api/v1/reports/absorption").then().statusCode(200)
                .body("items[0].spent", equalTo(588_000)).body("items[0].absorption", equalTo(58.8f));
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("agency", warn)
                .get("/api/v1/reports/absorption").then().statusCode(200)
                .body("items[0].ceiling", nullValue()).body("items[0].absorption", nullValue());
        analyst().queryParam("period", period).queryParam("year", 2026).queryParam("month", 13)
                .get("/api/v1/reports/absorption").then().statusCode(400)
                .body("violations[0].rule", equalTo("MONTH_OUT_OF_RANGE"));
        analyst().queryParam("period", period).get("/api/v1/reports/absorption").then().statusCode(400);
    }

    @Test
    void efficiencySetsCapaianAgainstAbsorption() {
        // WARN: capaian 70 at absorption 98 = 0.71, WARNING; GOOD: 95 at 80 = 1.19 (1.1875), EFFICIENT.
        analyst().queryParam("period", period).queryParam("year", 2026).queryParam("agency", warn)
                .get("/api/v1/reports/efficiency/outcomes").then().statusCode(200)
                .body("items.node", contains("G1", "S1"))
                .body("items.capaian", contains(70.0f, 70.0f))
                .body("items.absorption", contains(98.0f, 98.0f))
                .body("items.efficiency", contains(0.71f, 0.71f))
                .body("items.band", contains("WARNING", "WARNING"));
        analyst().queryParam("period", period).queryParam("year", 2026)
                .get("/api/v1/reports/efficiency/agencies").then().statusCode(200)
                .body("items.find { it.agency == '" + good + "' }.capaian", equalTo(95.0f))
                .body("items.find { it.agency == '" + good + "' }.absorption", equalTo(80.0f))
                .body("items.find { it.agency == '" + good + "' }.efficiency", equalTo(1.19f))
                .body("items.find { it.agency == '" + good + "' }.band", equalTo("EFFICIENT"))
                .body("items.find { it.agency == '" + warn + "' }.band", equalTo("WARNING"));
        // Nothing verified yet: no capaian, so no efficiency either.
        analyst().queryParam("period", period).queryParam("year", 2026).queryParam("agency", good)
                .queryParam("figures", "VERIFIED").get("/api/v1/reports/efficiency/agencies").then().statusCode(200)
                .body("figures", equalTo("VERIFIED")).body("items[0].capaian", nullValue())
                .body("items[0].band", nullValue()).body("items[0].absorption", equalTo(80.0f));
        String csv = analyst().accept("text/csv").queryParam("period", period).queryParam("year", 2026)
                .queryParam("agency", good).get("/api/v1/reports/efficiency/agencies").then().statusCode(200)
                .extract().asString();
        assertThat(csv, equalTo("agency,capaian,ceiling,spent,absorption,efficiency,band\r\n" + good
                + ",95.00,1000000,800000,80.00,1.19,EFFICIENT\r\n"));
    }

    @Test
    void outcomeInputsCarryTheBudgetAndItsAbsorption() {
        analyst().queryParam("period", period).queryParam("year", 2026).queryParam("agency", good)
                .get("/api/v1/reports/outcome-inputs").then().statusCode(200)
                .body("items[1].node", equalTo("S1"))
                .body("items[1].ceiling", equalTo(1_000_000)).body("items[1].spent", equalTo(800_000))
                .body("items[1].absorption", equalTo(80.0f)).body("items[1].totalAbsorption", equalTo(80.0f));
    }

    @Test
    void theLkjipMeasuresTheYearAgainstTheAgreementInForce() {
        String tree = "/api/v1/agencies/" + good + "/cascades/" + period;
        planner(good).body(Map.of("value", 72)).put(tree + "/indicators/I-S1/realisations/2025").then().statusCode(201);
        planner(good).body(Map.of("value", 76)).put(tree + "/indicators/I-S1/realisations/2026").then().statusCode(201);
        planner(good).header("If-Match", "\"1\"").post(tree + "/submit").then().statusCode(200);
        planner(good).header("If-Match", "\"1\"").post(tree + "/finalize").then().statusCode(200);
        Map<String, Object> parties = Map.of("firstParty", Map.of("name", "dr. A", "position", "Kepala Dinas"),
                "secondParty", Map.of("name", "B", "position", "Bupati"));
        planner(good).body(parties).post(tree + "/agreements/2026").then().statusCode(201);
        planner(good).post(tree + "/agreements/2026/signature").then().statusCode(200);
        // The tree is revised to 95 for 2026 but the agreement is not amended: the year is still measured against 80.
        Map<String, Object> raised = new LinkedHashMap<>(sasaranIndicator());
        raised.put("targets", List.of(Map.of("year", 2025, "value", 70), Map.of("year", 2026, "value", 95),
                Map.of("year", 2029, "value", 90)));
        planner(good).header("If-Match", "\"1\"").body(tree(good, raised)).put(tree).then().statusCode(200);
        planner(good).header("If-Match", "\"2\"").post(tree + "/submit").then().statusCode(200);
        planner(good).header("If-Match", "\"2\"").post(tree + "/finalize").then().statusCode(200);

        analyst().queryParam("period", period).queryParam("year", 2026).queryParam("agency", good)
                .get("/api/v1/reports/lkjip").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].indicator", equalTo("I-S1"))
                .body("items[0].year.year", equalTo(2026))
                .body("items[0].year.agreementVersion", equalTo(1))
                .body("items[0].year.target.value", equalTo(80))
                .body("items[0].year.realisation", equalTo(76))
                .body("items[0].year.capaian", equalTo(95.0f))
                // 2025: no agreement, the tree's 70; 72 / 70 x 100 = 102.86
                .body("items[0].earlierYears.year", contains(2025))
                .body("items[0].earlierYears[0].agreementVersion", nullValue())
                .body("items[0].earlierYears[0].capaian", equalTo(102.86f))
                // towards 2029's 90: 76 / 90 x 100 = 84.44
                .body("items[0].endOfPeriodYear", equalTo(2029))
                .body("items[0].endOfPeriodTarget.value", equalTo(90))
                .body("items[0].progress", equalTo(84.44f))
                .body("items[0].ceiling", equalTo(1_000_000)).body("items[0].absorption", equalTo(80.0f));

        // The amendment drawn from version 2 and signed: now 76 against 95 = 80.
        planner(good).body(Map.of("firstParty", parties.get("firstParty"), "secondParty", parties.get("secondParty"),
                "reason", "Target dinaikkan")).post(tree + "/agreements/2026").then().statusCode(201);
        planner(good).post(tree + "/agreements/2026/signature").then().statusCode(200);
        analyst().queryParam("period", period).queryParam("year", 2026).queryParam("agency", good)
                .get("/api/v1/reports/lkjip").then().statusCode(200)
                .body("items[0].year.agreementVersion", equalTo(2))
                .body("items[0].year.target.value", equalTo(95))
                .body("items[0].year.capaian", equalTo(80.0f));
        String csv = analyst().accept("text/csv").queryParam("period", period).queryParam("year", 2026)
                .queryParam("agency", good).get("/api/v1/reports/lkjip").then().statusCode(200).extract().asString();
        assertThat(csv, containsString("I-S1,S1,Pernyataan S1,Indikator I-S1,orang,HIGHER_IS_BETTER,2026,2,95,,,,76,80.00,"));
        assertThat(csv, containsString("I-S1,S1,Pernyataan S1,Indikator I-S1,orang,HIGHER_IS_BETTER,2025,,70,,,,72,102.86,"));
        analyst().queryParam("period", period).queryParam("year", 2026).get("/api/v1/reports/lkjip").then().statusCode(400)
                .body("violations[0].rule", equalTo("REQUIRED"));
    }

    @Test
    void theSameSubActivityCodeInAnAgencyWithoutItsAffairIsAnAuthorityConflict() {
        String school = createAgency("DISDIK", "REGIONAL_OFFICE", null);
        admin().body(Map.of("code", school, "name", "Dinas Pendidikan", "kind", "REGIONAL_OFFICE", "affairs", List.of("1.01")))
                .put("/api/v1/agencies/" + school).then().statusCode(200).body("affairs", contains("1.01"));
        planner(school).body(tree(school, sasaranIndicator())).put("/api/v1/agencies/" + school + "/cascades/" + period)
                .then().statusCode(201);
        analyst().queryParam("period", period).queryParam("agency", warn).queryParam("size", 500)
                .get("/api/v1/reports/duplication").then().statusCode(200)
                .body("items.findAll { it.otherAgency == '" + school + "' && it.node == 'K2-1' }[0].reasons",
                        hasItem("AUTHORITY_CONFLICT"))
                .body("items.findAll { it.otherAgency == '" + school + "' && it.node == 'K2-1' }[0].authority",
                        equalTo(warn))
                .body("items.findAll { it.otherAgency == '" + school + "' && it.node == 'K2-1' }[0].codes",
                        hasItem("1.02.02.2.02.0001"))
                // both offices hold health: the same code is no conflict between them
                .body("items.findAll { it.otherAgency == '" + good + "' && it.node == 'K2-1' }[0].reasons",
                        not(hasItem("AUTHORITY_CONFLICT")));
    }
}
