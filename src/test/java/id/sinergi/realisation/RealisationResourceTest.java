package id.sinergi.realisation;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.example;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RealisationResourceTest {

    String agency;
    String tree;

    @BeforeEach
    void setUp() {
        agency = createAgency("KEMENPANRB", "MINISTRY", null);
        tree = "/api/v1/agencies/" + agency + "/cascades/" + createPeriod(2025, 2029);
        planner(agency).body(example(agency)).put(tree).then().statusCode(201);
    }

    @Test
    void recordsReplacesAndKeepsTheHistoryOfARealisation() {
        planner(agency).body(Map.of("value", 76.5, "note", "Triwulan IV", "evidenceUrl", "https://lapor.go.id/2025.pdf"))
                .put(tree + "/indicators/IKU-S1-1/realisations/2025")
                .then().statusCode(201)
                .body("indicator", equalTo("IKU-S1-1")).body("year", equalTo(2025)).body("value", equalTo(76.5f))
                .body("reportedBy", equalTo("planner." + agency.toLowerCase())).body("reportedAt", notNullValue());
        planner(agency).body(Map.of("value", 77.1, "note", "Koreksi data"))
                .put(tree + "/indicators/IKU-S1-1/realisations/2025")
                .then().statusCode(200).body("value", equalTo(77.1f));
        planner(agency).body(Map.of("value", 80)).put(tree + "/indicators/IKU-S1-1/realisations/2026").then().statusCode(201);

        analyst().get(tree + "/indicators/IKU-S1-1/realisations").then().statusCode(200)
                .body("year", contains(2025, 2026)).body("value", contains(77.1f, 80))
                .body("[0].note", equalTo("Koreksi data"));
        analyst().get(tree + "/indicators/IKU-S1-1/realisations/2025/history").then().statusCode(200)
                .body("value", contains(77.1f, 76.5f))
                .body("[1].evidenceUrl", equalTo("https://lapor.go.id/2025.pdf"));
    }

    @Test
    void realisationsSurviveRevisionsAndStayReadableThroughOlderVersions() {
        planner(agency).body(Map.of("value", 76)).put(tree + "/indicators/IKU-S1-1/realisations/2025").then().statusCode(201);
        planner(agency).body(Map.of("value", 11)).put(tree + "/indicators/IK-K2-1/realisations/2025").then().statusCode(201);

        // Revision 2 drops K2 and with it indicator IK-K2-1; IKU-S1-1 survives.
        List<Map<String, Object>> nodes = new ArrayList<>(analyst().get(tree).then().extract().jsonPath().getList("nodes"));
        nodes.remove(4);
        planner(agency).header("If-Match", "\"1\"").body(Map.of("nodes", nodes)).put(tree).then().statusCode(200)
                .body("version", equalTo(2));

        analyst().get(tree + "/realisations").then().statusCode(200)
                .body("indicator", contains("IKU-S1-1")).body("value", contains(76));
        analyst().queryParam("version", 1).get(tree + "/realisations").then().statusCode(200)
                .body("indicator", contains("IKU-S1-1", "IK-K2-1"));
        analyst().get(tree + "/indicators/IK-K2-1/realisations").then().statusCode(200).body("value", contains(11));
        planner(agency).body(Map.of("value", 12)).put(tree + "/indicators/IK-K2-1/realisations/2026").then().statusCode(404);
        analyst().queryParam("version", 3).get(tree + "/realisations").then().statusCode(404);
    }

    @Test
    void rejectsBadRealisations() {
        String url = tree + "/indicators/IKU-S1-1/realisations/";
        planner(agency).body(Map.of("value", 1)).put(url + "2031").then().statusCode(422)
                .body("violations[0].parameter", equalTo("year"))
                .body("violations[0].rule", equalTo("YEAR_OUTSIDE_PERIOD"));
        planner(agency).body(Map.of("note", "no value", "evidenceUrl", "ftp://x")).put(url + "2025").then().statusCode(422)
                .body("violations.pointer", contains("/evidenceUrl", "/value"));
        planner(agency).body(Map.of("value", "tinggi")).put(url + "2025").then().statusCode(400)
                .body("violations[0].pointer", equalTo("/value"));
        planner(agency).body(Map.of("value", 1, "note", "x".repeat(4001))).put(url + "2025").then().statusCode(422)
                .body("violations[0].pointer", equalTo("/note"));
        planner(agency).body(Map.of("value", 1)).put(tree + "/indicators/NOPE/realisations/2025").then().statusCode(404);
        planner(agency).body(Map.of("value", 1)).put(url + "25").then().statusCode(404);
        analyst().get(tree + "/indicators/NOPE/realisations").then().statusCode(404);
        analyst().get(tree + "/indicators/NOPE/realisations/2025/history").then().statusCode(404);
        analyst().get("/api/v1/agencies/" + agency + "/cascades/NO-PERIOD/realisations").then().statusCode(404);
        analyst().get(tree + "/realisations").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void onlyTheAgencysPlannersReport() {
        String stranger = createAgency("KSP", "NON_MINISTERIAL_AGENCY", null);
        planner(stranger).body(Map.of("value", 1)).put(tree + "/indicators/IKU-S1-1/realisations/2025").then().statusCode(403);
        analyst().body(Map.of("value", 1)).put(tree + "/indicators/IKU-S1-1/realisations/2025").then().statusCode(403);
        analyst().get(tree + "/indicators/IKU-S1-1/realisations").then().statusCode(200)
                .body("value", not(hasItem(1)));
    }
}
