package id.sinergi.search;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.example;
import static id.sinergi.support.Trees.indicator;
import static id.sinergi.support.Trees.node;
import static id.sinergi.support.Trees.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SearchResourceTest {

    String period;
    String kemenpan;
    String ombudsman;

    @BeforeEach
    void setUp() {
        period = createPeriod(2025, 2029);
        kemenpan = createAgency("KEMENPANRB", "MINISTRY", null);
        ombudsman = createAgency("OMBUDSMAN", "NON_MINISTERIAL_AGENCY", null);
        planner(kemenpan).body(example(kemenpan)).put("/api/v1/agencies/" + kemenpan + "/cascades/" + period)
                .then().statusCode(201);
        planner(ombudsman).body(Map.of("nodes", List.of(
                        node("G1", null, "GOAL", ombudsman, with(indicator("OM-1", "IKP-PP-02", "persen", "HIGHER_IS_BETTER", 2025, 5),
                                "combine", "AVERAGE")),
                        node("S1", "G1", "TARGET", ombudsman, indicator("OM-2", null, "laporan", "HIGHER_IS_BETTER", 2025, 5)))))
                .put("/api/v1/agencies/" + ombudsman + "/cascades/" + period).then().statusCode(201);
    }

    @Test
    void findsNodesAcrossAgenciesByCodeLevelOwnerAndText() {
        analyst().queryParam("period", period).queryParam("code", "IKP-PP-02").get("/api/v1/search/nodes")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.agency", contains(kemenpan, ombudsman)).body("items.node.key", contains("S1", "G1"))
                .body("items[0].node.indicators.key", contains("IKU-S1-1", "IK-S1-2"));
        analyst().queryParam("period", period).queryParam("level", "activity").get("/api/v1/search/nodes")
                .then().statusCode(200).body("items.node.key", contains("K1", "K2"));
        analyst().queryParam("period", period).queryParam("owner", ombudsman).queryParam("level", "TARGET")
                .get("/api/v1/search/nodes").then().statusCode(200).body("items.node.key", contains("S1"));
        analyst().queryParam("period", period).queryParam("q", "lapor!").get("/api/v1/search/nodes")
                .then().statusCode(200).body("items.node.key", contains("S1", "P1", "K1"));
        analyst().queryParam("period", period).queryParam("q", "ketersediaan layanan").get("/api/v1/search/nodes")
                .then().statusCode(200).body("items.node.key", contains("K1"));
        analyst().queryParam("period", period).queryParam("level", "GOAL").queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/search/nodes").then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(1)).body("items[0].agency", equalTo(ombudsman));
        analyst().queryParam("period", period).queryParam("level", "GOAL").queryParam("page", 9)
                .get("/api/v1/search/nodes").then().statusCode(200).body("total", equalTo(2)).body("items", hasSize(0));
    }

    @Test
    void findsIndicatorsAcrossAgencies() {
        analyst().queryParam("period", period).queryParam("code", "IKP-PP-02").get("/api/v1/search/indicators")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.indicator.key", contains("IKU-S1-1", "OM-1"))
                .body("items.nodeKey", contains("S1", "G1")).body("items.nodeLevel", contains("TARGET", "GOAL"));
        analyst().queryParam("period", period).queryParam("iku", "true").queryParam("agency", kemenpan)
                .get("/api/v1/search/indicators").then().statusCode(200)
                .body("items.indicator.key", contains("IKU-T1-1", "IKU-S1-1"));
    }

    @Test
    void rejectsBadSearches() {
        analyst().get("/api/v1/search/nodes").then().statusCode(400).body("violations[0].parameter", equalTo("period"));
        analyst().queryParam("period", "NO-SUCH").get("/api/v1/search/nodes").then().statusCode(404);
        analyst().queryParam("period", period).queryParam("level", "PLANET").get("/api/v1/search/nodes")
                .then().statusCode(400).body("violations[0].parameter", equalTo("level"));
        analyst().queryParam("period", period).queryParam("iku", "maybe").get("/api/v1/search/indicators")
                .then().statusCode(400).body("violations[0].parameter", equalTo("iku"));
        analyst().queryParam("period", createPeriod(2030, 2034)).get("/api/v1/search/nodes")
                .then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
    }
}
