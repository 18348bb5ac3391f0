package id.sinergi.report;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.measured;
import static id.sinergi.support.Trees.node;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Three agencies carry the SUM code; A's target 80 (realised 60), B's 30 (realised 30), C's 20 (nothing
 * reported). Coverage 3/3 = 1; reporting 2/3 = 0.6667; combined target 130, realisation 90, capaian
 * 90 / 130 = 69.23. All carry it on a GOAL, so A leads by agency code: gap 80 - (30 + 20) = 30. Once an
 * accepted link names B as lead: 30 - (80 + 20) = -70. A code that only A carries is not shared.
 */
@QuarkusTest
class CoverageReportTest {

    String period;
    String a;
    String b;
    String c;
    String code;

    @BeforeEach
    void setUp() {
        period = createPeriod(2025, 2029);
        a = createAgency("COV-A", "MINISTRY", null);
        b = createAgency("COV-B", "PROVINCE", null);
        c = createAgency("COV-C", "REGENCY_CITY", null);
        code = "IKN-" + a;
        tree(a, 80, "ONLY-" + a);
        tree(b, 30, null);
        tree(c, 20, null);
        realise(a, 60);
        realise(b, 30);
    }

    void tree(String agency, int target, String ownCode) {
        planner(agency).body(Map.of("nodes", List.of(node("G1", null, "GOAL", agency,
                        measured("x", code, "HIGHER_IS_BETTER", 1, 2025, target),
                        measured("y", ownCode, "HIGHER_IS_BETTER", 1, 2025, 1)))))
                .put("/api/v1/agencies/" + agency + "/cascades/" + period).then().statusCode(201);
    }

    void realise(String agency, int value) {
        planner(agency).body(Map.of("value", value))
                .put("/api/v1/agencies/" + agency + "/cascades/" + period + "/indicators/x/realisations/2025")
                .then().statusCode(201);
    }

    @Test
    void coverageReportingCombinedFigureAndGap() {
        analyst().queryParam("period", period).queryParam("year", 2025).get("/api/v1/reports/shared-kpi-coverage")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].code", equalTo(code)).body("items[0].combine", equalTo("SUM"))
                .body("items[0].lead", equalTo(a))
                .body("items[0].agencies", equalTo(3)).body("items[0].withTarget", equalTo(3))
                .body("items[0].withRealisation", equalTo(2))
                .body("items[0].coverage", equalTo(1.0f)).body("items[0].reporting", equalTo(0.6667f))
                .body("items[0].combinedTarget", equalTo(130)).body("items[0].combinedRealisation", equalTo(90))
                .body("items[0].combinedAchievement", equalTo(69.23f))
                .body("items[0].sumGap", equalTo(30))
                .body("items[0].carriers.agency", contains(a, b, c))
                .body("items[0].carriers.role", contains("LEAD", "CONTRIBUTOR", "CONTRIBUTOR"))
                .body("items[0].carriers.hasRealisation", contains(true, true, false))
                .body("items[0].carriers.achievement", contains(75.00f, 100.00f, null));
    }

    /** LAST is the lead's figure (A, by agency code): B reporting later does not move the national figure. */
    @Test
    void lastTakesTheLeadsFigureNotWhoeverReportedLast() {
        String lastPeriod = createPeriod(2025, 2029);
        String last = "LAST-" + a;
        for (String agency : List.of(a, b)) {
            Map<String, Object> indicator = new HashMap<>(measured("z", last, "HIGHER_IS_BETTER", 1, 2025, agency.equals(a) ? 80 : 30));
            indicator.put("combine", "LAST");
            planner(agency).body(Map.of("nodes", List.of(node("G1", null, "GOAL", agency, indicator))))
                    .put("/api/v1/agencies/" + agency + "/cascades/" + lastPeriod).then().statusCode(201);
        }
        for (String agency : List.of(a, b, b)) {
            planner(agency).body(Map.of("value", agency.equals(a) ? 60 : 25))
                    .put("/api/v1/agencies/" + agency + "/cascades/" + lastPeriod + "/indicators/z/realisations/2025")
                    .then().statusCode(anyOf(is(200), is(201)));
        }
        analyst().queryParam("period", lastPeriod).queryParam("year", 2025).get("/api/v1/reports/shared-kpi-coverage")
                .then().statusCode(200)
                .body("items[0].combine", equalTo("LAST")).body("items[0].lead", equalTo(a))
                .body("items[0].combinedTarget", equalTo(80)).body("items[0].combinedRealisation", equalTo(60))
                .body("items[0].combinedAchievement", equalTo(75.00f));
    }

    @Test
    void anAcceptedLinkNamingTheCodeDecidesTheLead() {
        long link = planner(a).body(Map.of("period", period, "from", Map.of("agency", a, "node", "G1"),
                        "to", Map.of("agency", b, "node", "G1"), "sharedCode", code, "relationship", "JOINT_VENTURE", "lead", b))
                .post("/api/v1/crosscutting-links").then().statusCode(201).extract().jsonPath().getLong("id");
        analyst().queryParam("period", period).queryParam("year", 2025).get("/api/v1/reports/shared-kpi-coverage")
                .then().body("items[0].lead", equalTo(a));
        planner(b).post("/api/v1/crosscutting-links/" + link + "/accept").then().statusCode(200);
        analyst().queryParam("period", period).queryParam("year", 2025).get("/api/v1/reports/shared-kpi-coverage")
                .then().body("items[0].lead", equalTo(b)).body("items[0].sumGap", equalTo(-70))
                .body("items[0].carriers.agency", contains(b, a, c))
                .body("items[0].carriers.relationships", contains(List.of("JOINT_VENTURE"), List.of("JOINT_VENTURE"), List.of()));
    }

    @Test
    void pagedByCode() {
        analyst().queryParam("period", period).queryParam("year", 2025).get("/api/v1/reports/shared-kpi-coverage")
                .then().statusCode(200).body("total", equalTo(1)).body("page", equalTo(0)).body("size", equalTo(50));
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("page", 1).queryParam("size", 1)
                .get("/api/v1/reports/shared-kpi-coverage")
                .then().statusCode(200).body("total", equalTo(1)).body("items", empty());
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("page", -1)
                .get("/api/v1/reports/shared-kpi-coverage").then().statusCode(400);
    }

    @Test
    void aYearWithoutTargetsHasNoReportingRatio() {
        analyst().queryParam("period", period).queryParam("year", 2026).get("/api/v1/reports/shared-kpi-coverage")
                .then().statusCode(200)
                .body("items[0].withTarget", equalTo(0)).body("items[0].coverage", equalTo(0.0f))
                .body("items[0].reporting", nullValue()).body("items[0].combinedAchievement", nullValue());
    }

    @Test
    void csvHasOneLinePerCarrier() {
        String csv = analyst().accept("text/csv").queryParam("period", period).queryParam("year", 2025)
                .get("/api/v1/reports/shared-kpi-coverage").then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(4, lines.size());
        assertEquals(code + ",orang,HIGHER_IS_BETTER,SUM," + a + ",3,3,2,1.0000,0.6667,130,90,69.23,30," + c
                + ",CONTRIBUTOR,true,false,20,,", lines.get(3));
    }
}
