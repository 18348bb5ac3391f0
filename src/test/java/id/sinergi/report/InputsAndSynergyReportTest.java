package id.sinergi.report;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.measured;
import static id.sinergi.support.Trees.node;
import static id.sinergi.support.Trees.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * E1: G1 -> S1 -> P1 -> K1 (2025: 100, 2026: 50; 2 FTE) -> SK1 (2025: 10; 1 FTE), P1 -> K2 (2025: 40; 0.5 FTE);
 *     G1 -> S2 -> P2 -> K3 (2025: 7).
 * E2: G1 -> S1 -> P1 (supports E1/P1) -> K1 (2025: 1000; 5 FTE). Accepted link E1/K3 -> E2/K1.
 * 2025, E1: S1 own 150 / 3.5, plus E2's P1 subtree 1000 / 5 (its K1 is inside it, counted once) = 1150 / 8.5;
 *     S2 own 7 plus E2/K1 1000 / 5; G1 own 157 / 3.5 plus E2 (P1 and K1 nested: 1000 / 5) = 1157 / 8.5.
 * E2: G1 and S1 own 1000 / 5 plus E1/K3 7 = 1007.
 * Synergy: E1's IKU on G1 (code shared with E2), S2 (not joined), K3 (link end): 2 of 3; E2's IKU on P1
 * (supports E1) and S1 (not joined): 1 of 2.
 */
@QuarkusTest
class InputsAndSynergyReportTest {

    String period;
    String e1;
    String e2;

    @BeforeEach
    void setUp() {
        period = createPeriod(2025, 2029);
        e1 = createAgency("INP-1", "PROVINCE", null);
        e2 = createAgency("INP-2", "REGIONAL_OFFICE", null);
        String code = "SYN-" + e1;
        put(e1, List.of(
                node("G1", null, "GOAL", e1, iku(measured("g", code, "HIGHER_IS_BETTER", 1, 2025, 1))),
                node("S1", "G1", "TARGET", e1),
                node("P1", "S1", "PROGRAM", e1),
                with(node("K1", "P1", "ACTIVITY", e1), "inputs", Map.of("budget", Map.of("2025", 100, "2026", 50), "staff", 2)),
                with(node("SK1", "K1", "SUB_ACTIVITY", e1), "inputs", Map.of("budget", Map.of("2025", 10), "staff", 1)),
                with(node("K2", "P1", "ACTIVITY", e1), "inputs", Map.of("budget", Map.of("2025", 40), "staff", 0.5)),
                node("S2", "G1", "TARGET", e1, iku(measured("s2", null, "HIGHER_IS_BETTER", 1, 2025, 1))),
                node("P2", "S2", "PROGRAM", e1),
                with(node("K3", "P2", "ACTIVITY", e1, iku(measured("k3", null, "HIGHER_IS_BETTER", 1, 2025, 1))),
                        "inputs", Map.of("budget", Map.of("2025", 7)))));
        put(e2, List.of(
                node("G1", null, "GOAL", e2, measured("g", code, "HIGHER_IS_BETTER", 1, 2025, 1)),
                node("S1", "G1", "TARGET", e2, iku(measured("s", null, "HIGHER_IS_BETTER", 1, 2025, 1))),
                with(node("P1", "S1", "PROGRAM", e2, iku(measured("p", null, "HIGHER_IS_BETTER", 1, 2025, 1))),
                        "supports", Map.of("agency", e1, "period", period, "key", "P1")),
                with(node("K1", "P1", "ACTIVITY", e2), "inputs", Map.of("budget", Map.of("2025", 1000), "staff", 5))));
        long link = planner(e1).body(Map.of("period", period, "from", Map.of("agency", e1, "node", "K3"),
                        "to", Map.of("agency", e2, "node", "K1"), "relationship", "JOINT_VENTURE", "lead", e1))
                .post("/api/v1/crosscutting-links").then().statusCode(201).extract().jsonPath().getLong("id");
        planner(e2).post("/api/v1/crosscutting-links/" + link + "/accept").then().statusCode(200);
    }

    static Map<String, Object> iku(Map<String, Object> indicator) {
        Map<String, Object> copy = new HashMap<>(indicator);
        copy.put("iku", true);
        return copy;
    }

    void put(String agency, List<Map<String, Object>> nodes) {
        planner(agency).body(Map.of("nodes", nodes)).put("/api/v1/agencies/" + agency + "/cascades/" + period)
                .then().statusCode(201);
    }

    @Test
    void budgetAndStaffRollUpToEveryOutcomeWithWhatOthersContribute() {
        analyst().queryParam("period", period).queryParam("year", 2025).get("/api/v1/reports/outcome-inputs")
                .then().statusCode(200)
                .body("items.agency", contains(e1, e1, e1, e2, e2))
                .body("items.node", contains("G1", "S1", "S2", "G1", "S1"))
                .body("items.budget", contains(157, 150, 7, 1000, 1000))
                .body("items.staff", contains(3.5f, 3.5f, 0, 5, 5))
                .body("items.contributedBudget", contains(1000, 1000, 1000, 7, 7))
                .body("items.totalBudget", contains(1157, 1150, 1007, 1007, 1007))
                .body("items.totalStaff", contains(8.5f, 8.5f, 5, 5, 5))
                .body("items[0].contributors[0].agency", equalTo(e2))
                .body("items[0].contributors[0].nodes", contains("P1"))
                .body("items[2].contributors[0].nodes", contains("K1"))
                .body("items[3].contributors[0].nodes", contains("K3"));
    }

    @Test
    void withoutAYearTheWholePeriodsBudgetCounts() {
        analyst().queryParam("period", period).queryParam("agency", e1).get("/api/v1/reports/outcome-inputs")
                .then().statusCode(200)
                .body("items.node", contains("G1", "S1", "S2"))
                .body("items.budget", contains(207, 200, 7));
    }

    @Test
    void pagedByOutcome() {
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("page", 1).queryParam("size", 2)
                .get("/api/v1/reports/outcome-inputs").then().statusCode(200)
                .body("total", equalTo(5)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.agency", contains(e1, e2)).body("items.node", contains("S2", "G1"))
                .body("items.totalBudget", contains(1007, 1007))
                .body("items[1].contributors[0].nodes", contains("K3"));
        analyst().queryParam("period", period).queryParam("page", 5).queryParam("size", 2)
                .get("/api/v1/reports/outcome-inputs").then().statusCode(200).body("total", equalTo(5)).body("items", empty());
        analyst().queryParam("period", period).queryParam("size", 501).get("/api/v1/reports/outcome-inputs")
                .then().statusCode(400);
    }

    @Test
    void synergyRatioIsTheShareOfCrossCuttingIku() {
        analyst().queryParam("period", period).get("/api/v1/reports/synergy").then().statusCode(200)
                .body("items.agency", contains(e1, e2))
                .body("items.iku", contains(3, 2))
                .body("items.crossCutting", contains(2, 1))
                .body("items.ratio", contains(0.6667f, 0.5f));
        analyst().queryParam("period", createPeriod(2030, 2034)).get("/api/v1/reports/synergy").then()
                .statusCode(200).body("items", empty());
    }
}
