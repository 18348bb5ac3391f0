package id.sinergi.report;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.indicator;
import static id.sinergi.support.Trees.node;
import static id.sinergi.support.Trees.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A's tree: G1 (target only for 2025) -> S1 -> P1 (no indicator) -> K1 (no inputs), S2 under G1 with
 * nothing below, G2 supporting a node B does not have. B's tree: G1 -> S1 (no indicator) -> P1. Links:
 * A/S1 -> B/S1 accepted (B's end has no indicator); A/K1 -> B proposed 40 days ago; A/X1 -> B/G1
 * proposed, then X1 removed by A's revision.
 */
@QuarkusTest
class IntegrityReportTest {

    static final String LINKS = "/api/v1/crosscutting-links";

    @Inject
    DataSource dataSource;

    String period;
    String a;
    String b;

    @BeforeEach
    void setUp() throws Exception {
        period = createPeriod(2025, 2029);
        a = createAgency("INT-A", "MINISTRY", null);
        b = createAgency("INT-B", "MINISTRY", null);
        Map<String, Object> goal = node("G1", null, "GOAL", a, indicator("g", null, "persen", "HIGHER_IS_BETTER", 2025, 1));
        List<Map<String, Object>> nodes = new ArrayList<>(List.of(goal,
                node("S1", "G1", "TARGET", a, indicator("s", null, "persen", "HIGHER_IS_BETTER", 2025, 5)),
                node("P1", "S1", "PROGRAM", a),
                node("K1", "P1", "ACTIVITY", a, indicator("k", null, "persen", "HIGHER_IS_BETTER", 2025, 5)),
                node("S2", "G1", "TARGET", a, indicator("s2", null, "persen", "HIGHER_IS_BETTER", 2025, 5)),
                with(node("G2", null, "GOAL", a, indicator("g2", null, "persen", "HIGHER_IS_BETTER", 2025, 5)),
                        "supports", Map.of("agency", b, "period", period, "key", "NOPE"))));
        nodes.add(node("X1", "G1", "TARGET", a, indicator("x", null, "persen", "HIGHER_IS_BETTER", 2025, 5)));
        put(a, nodes);
        put(b, List.of(node("G1", null, "GOAL", b, indicator("bg", null, "persen", "HIGHER_IS_BETTER", 2025, 5)),
                node("S1", "G1", "TARGET", b),
                node("P1", "S1", "PROGRAM", b, indicator("bp", null, "persen", "HIGHER_IS_BETTER", 2025, 5))));
        long accepted = link("S1", "S1");
        planner(b).post(LINKS + "/" + accepted + "/accept").then().statusCode(200);
        long old = link("K1", null);
        link("X1", "G1");
        nodes.remove(nodes.size() - 1);
        planner(a).header("If-Match", "\"1\"").body(Map.of("nodes", nodes)).put(tree(a)).then().statusCode(200);
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement(
                     "update crosscutting_link set created_at = now() - interval '40 days' where id = ?")) {
            statement.setLong(1, old);
            statement.executeUpdate();
        }
    }

    String tree(String agency) {
        return "/api/v1/agencies/" + agency + "/cascades/" + period;
    }

    void put(String agency, List<Map<String, Object>> nodes) {
        planner(agency).body(Map.of("nodes", nodes)).put(tree(agency)).then().statusCode(201);
    }

    long link(String fromNode, String toNode) {
        Map<String, Object> to = toNode == null ? Map.of("agency", b) : Map.of("agency", b, "node", toNode);
        return planner(a).body(Map.of("period", period, "from", Map.of("agency", a, "node", fromNode), "to", to,
                "relationship", "JOINT_WORKING", "lead", a)).post(LINKS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void findsEveryKindOfProblemInEveryTree() {
        analyst().queryParam("period", period).get("/api/v1/reports/integrity").then().statusCode(200)
                .body("items.agency", contains(a, a, a, a, a, a, a, a, b, b, b))
                .body("items.rule", contains("DANGLING_SUPPORTS", "LINK_NODE_MISSING", "ACTIVITY_WITHOUT_INPUTS",
                        "LINK_PENDING_TOO_LONG", "MISSING_TARGET", "NODE_WITHOUT_INDICATORS", "UNSUPPORTED_OUTCOME",
                        "UNSUPPORTED_OUTCOME", "LINK_NODE_WITHOUT_INDICATOR", "LINK_PENDING_TOO_LONG", "NODE_WITHOUT_INDICATORS"))
                .body("items.severity", contains("ERROR", "ERROR", "WARNING", "WARNING", "WARNING", "WARNING", "WARNING",
                        "WARNING", "WARNING", "WARNING", "WARNING"))
                .body("items.node", contains("G2", "X1", "K1", "K1", "G1", "P1", "S2", "G2", "S1", null, "S1"))
                .body("items[4].indicator", equalTo("g"))
                .body("items[4].message", equalTo("no target for 2026, 2027, 2028, 2029"))
                .body("items[0].version", equalTo(2))
                .body("total", equalTo(11));
        analyst().queryParam("period", period).queryParam("page", 2).queryParam("size", 4).get("/api/v1/reports/integrity")
                .then().statusCode(200).body("total", equalTo(11)).body("page", equalTo(2))
                .body("items.rule", contains("LINK_NODE_WITHOUT_INDICATOR", "LINK_PENDING_TOO_LONG", "NODE_WITHOUT_INDICATORS"));
        analyst().queryParam("period", period).queryParam("page", 3).queryParam("size", 4).get("/api/v1/reports/integrity")
                .then().statusCode(200).body("total", equalTo(11)).body("items", empty());
    }

    @Test
    void oneTreeOnlyAndCsv() {
        analyst().queryParam("period", period).queryParam("agency", b).get("/api/v1/reports/integrity").then()
                .statusCode(200).body("items.rule", contains("LINK_NODE_WITHOUT_INDICATOR", "LINK_PENDING_TOO_LONG",
                        "NODE_WITHOUT_INDICATORS"));
        String csv = analyst().accept("text/csv").queryParam("period", period).queryParam("agency", b)
                .get("/api/v1/reports/integrity").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(Arrays.asList("agency,version,rule,severity,node,indicator,link,message"),
                csv.lines().limit(1).toList());
        analyst().queryParam("period", createPeriod(2030, 2034)).get("/api/v1/reports/integrity").then()
                .statusCode(200).body("items", empty());
        analyst().get("/api/v1/reports/integrity").then().statusCode(400);
        analyst().queryParam("period", period).queryParam("agency", "NO-SUCH").get("/api/v1/reports/integrity").then()
                .statusCode(404);
    }
}
