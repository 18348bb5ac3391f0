package id.sinergi.budget;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.indicator;
import static id.sinergi.support.Trees.node;
import static id.sinergi.support.Trees.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BudgetResourceTest {

    String agency;
    String budget;

    /** A programme with an activity (K1) and an activity split into two sub-activities (K2-1, K2-2). */
    static Map<String, Object> tree(String agency) {
        return Map.of("nodes", List.of(
                node("G1", null, "GOAL", agency, indicator("I-G1", null, "persen", "HIGHER_IS_BETTER", 2025, 5)),
                node("S1", "G1", "TARGET", agency, indicator("I-S1", null, "persen", "HIGHER_IS_BETTER", 2025, 5)),
                with(node("P1", "S1", "PROGRAM", agency, indicator("I-P1", null, "persen", "HIGHER_IS_BETTER", 2025, 5)),
                        "code", "1.02.02"),
                with(node("K1", "P1", "ACTIVITY", agency), "code", "1.02.02.2.01"),
                with(node("K2", "P1", "ACTIVITY", agency), "code", "1.02.02.2.02"),
                with(node("K2-1", "K2", "SUB_ACTIVITY", agency), "code", "1.02.02.2.02.0001"),
                with(node("K2-2", "K2", "SUB_ACTIVITY", agency), "code", "1.02.02.2.02.0002")));
    }

    static Map<String, Object> budget() {
        return Map.of("lines", List.of(
                Map.of("node", "K1", "originalCeiling", 1_000_000, "revisedCeiling", 800_000, "spending", List.of(
                        Map.of("month", 1, "amount", 100_000), Map.of("month", 2, "amount", 300_000),
                        Map.of("month", 3, "amount", 500_000))),
                Map.of("node", "K2-1", "originalCeiling", 2_000_000, "spending", List.of(Map.of("month", 3, "amount", 500_000))),
                Map.of("node", "K2-2", "originalCeiling", 1_000_000)));
    }

    @BeforeEach
    void setUp() {
        agency = createAgency("DINKES", "REGIONAL_OFFICE", null);
        String period = createPeriod(2025, 2029);
        String tree = "/api/v1/agencies/" + agency + "/cascades/" + period;
        planner(agency).body(tree(agency)).put(tree).then().statusCode(201);
        budget = tree + "/budgets/2026";
    }

    @Test
    void aRevisedCeilingIsInForceAndOverspendingShowsAboveHundred() {
        planner(agency).body(budget()).put(budget).then().statusCode(200)
                .body("lines.node", contains("K1", "K2-1", "K2-2"))
                .body("lines[0].code", equalTo("1.02.02.2.01"))
                // K1: 100,000 + 300,000 + 500,000 spent of the revised 800,000 = 112.5 %
                .body("lines[0].figures.ceiling", equalTo(800_000))
                .body("lines[0].figures.spent", equalTo(900_000))
                .body("lines[0].figures.absorption", equalTo(112.5f))
                .body("lines[1].figures.absorption", equalTo(25.0f))
                .body("lines[2].figures.spent", equalTo(0))
                .body("lines[2].figures.absorption", equalTo(0f))
                .body("lines[2].spending", hasSize(0))
                // 4,000,000 original; 800,000 + 2,000,000 + 1,000,000 = 3,800,000 in force; 1,400,000 spent: 36.84 %
                .body("total.originalCeiling", equalTo(4_000_000))
                .body("total.revisedCeiling", equalTo(3_800_000))
                .body("total.spent", equalTo(1_400_000))
                .body("total.absorption", equalTo(36.84f));

        // April's spending report adds to the year without restating it.
        planner(agency).body(Map.of("lines", List.of(Map.of("node", "K2-2", "amount", 250_000)))).put(budget + "/spending/4")
                .then().statusCode(200)
                .body("lines[2].spending[0].month", equalTo(4))
                .body("lines[2].figures.absorption", equalTo(25.0f))
                .body("total.spent", equalTo(1_650_000));

        String csv = analyst().accept("text/csv").get(budget).then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(csv, startsWith(
                "node,code,level,statement,originalCeiling,revisedCeiling,ceiling,spent,absorption,M01,M02,M03,M04,"));
        org.hamcrest.MatcherAssert.assertThat(csv, containsString(
                "K1,1.02.02.2.01,ACTIVITY,Pernyataan K1,1000000,800000,800000,900000,112.50,100000,300000,500000,,"));
    }

    @Test
    void everyBrokenRuleIsListedAndNothingIsStored() {
        planner(agency).body(budget()).put(budget).then().statusCode(200);
        planner(agency).body(Map.of("lines", List.of(
                        Map.of("node", "K2", "originalCeiling", 1),
                        Map.of("node", "P1", "originalCeiling", 1),
                        Map.of("node", "NOPE", "originalCeiling", 1),
                        Map.of("node", "K1", "originalCeiling", -5, "spending", List.of(Map.of("month", 13, "amount", 1),
                                Map.of("month", 2, "amount", 1), Map.of("month", 2, "amount", 1))),
                        Map.of("node", "K1", "originalCeiling", 1),
                        Map.of("node", "K2-1", "originalCeiling", new java.math.BigDecimal("1e17")),
                        Map.of("node", "K2-2"))))
                .put(budget).then().statusCode(422)
                .body("type", equalTo("urn:sinergi:problem:validation"))
                .body("violations.pointer", contains("/lines/0/node", "/lines/1/node", "/lines/2/node",
                        "/lines/3/originalCeiling", "/lines/3/spending/0/month", "/lines/3/spending/2/month", "/lines/4/node",
                        "/lines/5/originalCeiling", "/lines/6/originalCeiling"))
                .body("violations.rule", contains("BUDGET_ON_PARENT_ACTIVITY", "BUDGET_NOT_ALLOWED", "NODE_NOT_FOUND",
                        "NEGATIVE_VALUE", "MONTH_OUT_OF_RANGE", "MONTH_DUPLICATE", "BUDGET_LINE_DUPLICATE",
                        "AMOUNT_OUT_OF_RANGE", "REQUIRED"));
        analyst().get(budget).then().statusCode(200).body("total.spent", equalTo(1_400_000));

        planner(agency).body(Map.of("lines", List.of(Map.of("node", "K2", "amount", 1), Map.of("node", "K1", "amount", -1))))
                .put(budget + "/spending/5").then().statusCode(422)
                .body("violations.rule", contains("BUDGET_LINE_MISSING", "NEGATIVE_VALUE"));
        planner(agency).body(Map.of("lines", List.of())).put(budget + "/spending/13").then().statusCode(422)
                .body("violations[0].rule", equalTo("MONTH_OUT_OF_RANGE"));
        planner(agency).body(Map.of("lines", List.of())).put(budget + "/spending/x").then().statusCode(422);
        planner(agency).body(Map.of()).put(budget).then().statusCode(422).body("violations[0].pointer", equalTo("/lines"));
        planner(agency).body(budget()).put(budget.replace("2026", "2031")).then().statusCode(422)
                .body("violations[0].rule", equalTo("YEAR_OUTSIDE_PERIOD"));
        planner(createAgency("OTHER", "REGIONAL_OFFICE", null)).body(budget()).put(budget).then().statusCode(403);
        analyst().body(budget()).put(budget).then().statusCode(403);
    }

    @Test
    void aYearWithoutBudgetReadsEmpty() {
        analyst().get(budget).then().statusCode(200).body("lines", hasSize(0)).body("total.ceiling", equalTo(0))
                .body("total.absorption", nullValue());
        analyst().get(budget.replace(agency, "NOPE")).then().statusCode(404);
    }
}
