package id.sinergi.cascade;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.as;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Api.token;
import static id.sinergi.support.Trees.chain;
import static id.sinergi.support.Trees.example;
import static id.sinergi.support.Trees.indicator;
import static id.sinergi.support.Trees.node;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sinergi.support.Concurrently;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CascadeResourceTest {

    @TestHTTPResource("/")
    URI root;

    String agency;
    String period;
    String tree;

    @BeforeEach
    void setUp() {
        agency = createAgency("KEMENPANRB", "MINISTRY", null);
        period = createPeriod(2025, 2029);
        tree = "/api/v1/agencies/" + agency + "/cascades/" + period;
    }

    @Test
    void storesTheNestedExampleTreeAndReadsItBackFlatAndNested() {
        planner(agency).body(example(agency)).put(tree)
                .then().statusCode(201)
                .header("Location", endsWith(tree + "/versions/1"))
                .body("version", equalTo(1)).body("status", equalTo("DRAFT")).body("current", equalTo(true))
                .body("nodeCount", equalTo(5)).body("indicatorCount", equalTo(7))
                .body("createdBy", equalTo("planner." + agency.toLowerCase()));

        analyst().get(tree).then().statusCode(200)
                .body("form", equalTo("flat"))
                .body("version.version", equalTo(1))
                .body("nodes.key", contains("T1", "S1", "P1", "K1", "K2"))
                .body("nodes.parent", contains(null, "T1", "S1", "P1", "P1"))
                .body("nodes[0].owner.agency", equalTo(agency))
                .body("nodes[0].tags", contains("reformasi-birokrasi", "SDG16"))
                .body("nodes[0].indicators[0].baseline.year", equalTo(2024))
                .body("nodes[1].indicators.key", contains("IKU-S1-1", "IK-S1-2"))
                .body("nodes[1].indicators[1].weight", equalTo(0.5f))
                .body("nodes[2].indicators[1].targets[0].min", equalTo(85))
                .body("nodes[3].inputs.budget.'2025'", equalTo(12500000000L))
                .body("nodes[4].inputs.staff", equalTo(6.5f))
                .body("nodes[3].children", nullValue());

        // Fields come in the documented order, as submitted (not re-sorted by the database).
        String raw = analyst().get(tree).then().extract().asString();
        String first = raw.substring(raw.indexOf("\"nodes\""), raw.indexOf("\"indicators\""));
        List<Integer> order = List.of("\"key\"", "\"level\"", "\"statement\"", "\"owner\"", "\"tags\"").stream()
                .map(first::indexOf).toList();
        assertEquals(order.stream().sorted().toList(), order, first);

        analyst().queryParam("form", "nested").get(tree).then().statusCode(200)
                .body("form", equalTo("nested"))
                .body("nodes", hasSize(1))
                .body("nodes[0].children[0].children[0].children.key", contains("K1", "K2"));
    }

    @Test
    void flatAndNestedSubmissionsMeanTheSameTree() {
        String otherPeriod = createPeriod(2025, 2029);
        String otherTree = "/api/v1/agencies/" + agency + "/cascades/" + otherPeriod;
        planner(agency).body(example(agency)).put(tree).then().statusCode(201);
        List<Map<String, Object>> flat = analyst().get(tree).then().extract().jsonPath().getList("nodes");

        planner(agency).body(Map.of("nodes", flat)).put(otherTree).then().statusCode(201);
        assertEquals(flat, analyst().get(otherTree).then().extract().jsonPath().getList("nodes"));
    }

    @Test
    void aTreeReadBackCanBeSubmittedAgainUnchanged() {
        planner(agency).body(example(agency)).put(tree).then().statusCode(201);
        String nested = analyst().queryParam("form", "nested").get(tree).then().extract().asString();

        planner(agency).header("If-Match", "\"1\"").body(nested).put(tree).then().statusCode(200).body("version", equalTo(2))
                .header("ETag", "\"2\"");
        analyst().get(tree + "/diff").then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(2))
                .body("nodes.added", empty()).body("nodes.removed", empty()).body("nodes.changed", empty())
                .body("indicators.changed", empty());
    }

    @Test
    void rejectsAnInvalidTreeWithEveryViolationAndStoresNothing() {
        Map<String, Object> badRange = new LinkedHashMap<>(indicator("IK-1", null, "hari", "RANGE", 2031, 1));
        badRange.put("targets", List.of(Map.of("year", 2031, "min", 10, "max", 5)));
        Map<String, Object> orphan = node("S1", "T7", "TARGET", "BADAN-ENTAH", badRange);
        Map<String, Object> skip = node("K9", "T1", "ACTIVITY", agency);
        Map<String, Object> duplicate = node("T1", null, "GOAL", agency);
        Map<String, Object> strayInputs = new LinkedHashMap<>(node("T2", null, "GOAL", agency));
        strayInputs.put("inputs", Map.of("budget", Map.of("2030", 5), "staff", -1));
        Map<String, Object> body = Map.of("nodes", List.of(node("T1", null, "GOAL", agency), skip, orphan, duplicate, strayInputs));

        JsonPath problem = planner(agency).body(body).put(tree)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:sinergi:problem:validation"))
                .body("status", equalTo(422))
                .body("instance", equalTo(tree))
                .extract().jsonPath();
        Map<String, String> rules = new HashMap<>();
        List<Map<String, String>> violations = problem.getList("violations");
        violations.forEach(v -> rules.put(v.get("pointer"), v.get("rule")));
        assertEquals(Map.of(
                "/nodes/1/level", "LEVEL_STEP",
                "/nodes/2/parent", "PARENT_NOT_FOUND",
                "/nodes/2/owner/agency", "OWNER_AGENCY_UNKNOWN",
                "/nodes/2/indicators/0/targets/0/year", "TARGET_YEAR_OUTSIDE_PERIOD",
                "/nodes/2/indicators/0/targets/0/min", "RANGE_MIN_ABOVE_MAX",
                "/nodes/3/key", "NODE_KEY_DUPLICATE",
                "/nodes/4/inputs", "INPUTS_NOT_ALLOWED",
                "/nodes/4/inputs/budget/2030", "BUDGET_YEAR_OUTSIDE_PERIOD",
                "/nodes/4/inputs/staff", "NEGATIVE_VALUE"), rules);
        assertEquals(9, violations.size());

        analyst().get(tree).then().statusCode(404);
    }

    @Test
    void aRejectedRevisionLeavesTheCurrentVersionAsItWas() {
        planner(agency).body(chain(agency, 2025)).put(tree).then().statusCode(201);
        Map<String, Object> cyclic = Map.of("nodes", List.of(
                node("G1", null, "GOAL", agency),
                node("A", "B", "TARGET", agency),
                node("B", "A", "PROGRAM", agency)));
        planner(agency).header("If-Match", "\"1\"").body(cyclic).put(tree).then().statusCode(422)
                .body("violations.rule", hasItem("CYCLE"))
                .body("violations.findAll { it.rule == 'CYCLE' }.pointer", contains("/nodes/1/parent"));
        analyst().get(tree).then().statusCode(200)
                .body("version.version", equalTo(1)).body("nodes.key", contains("G1", "S1", "P1", "K1"));
        analyst().get(tree + "/versions").then().body("", hasSize(1));
    }

    @Test
    void badJsonIsABadRequestWithTheLocationOfTheMistake() {
        planner(agency).body("{\"nodes\": [").put(tree)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:sinergi:problem:malformed-request"))
                .body("violations[0].rule", equalTo("MALFORMED_JSON"));
        planner(agency).body("{\"nodes\": [{\"key\": \"G1\", \"level\": \"PLANET\"}]}").put(tree)
                .then().statusCode(400).body("violations[0].pointer", equalTo("/nodes/0/level"))
                .body("violations[0].rule", equalTo("INVALID_VALUE"));
        planner(agency).body("{\"nodes\": [{\"key\": \"G1\", \"level\": 0}]}").put(tree)
                .then().statusCode(400).body("violations[0].pointer", equalTo("/nodes/0/level"));
        planner(agency).body("{\"nodes\": [{\"key\": \"G1\", \"statement\": 5}]}").put(tree)
                .then().statusCode(400).body("violations[0].pointer", equalTo("/nodes/0/statement"))
                .body("violations[0].rule", equalTo("INVALID_VALUE"));
        planner(agency).body("{\"nodes\": [{\"key\": \"G1\", \"indicators\": [{\"weight\": \"berat\"}]}]}").put(tree)
                .then().statusCode(400).body("violations[0].pointer", equalTo("/nodes/0/indicators/0/weight"));
        planner(agency).body("{\"nodes\": [{\"key\": \"G1\", \"colour\": \"red\"}]}").put(tree)
                .then().statusCode(400).body("violations[0].pointer", equalTo("/nodes/0/colour"))
                .body("violations[0].rule", equalTo("UNKNOWN_PROPERTY"));
        planner(agency).body("{\"nodes\": [{\"key\": \"G\\u0000\"}]}").put(tree)
                .then().statusCode(400).body("violations[0].pointer", equalTo("/nodes/0/key"));
        planner(agency).body("{\"nodes\": \"all of them\"}").put(tree)
                .then().statusCode(400).body("violations[0].pointer", equalTo("/nodes"));
        planner(agency).body("").put(tree).then().statusCode(422).body("violations[0].pointer", equalTo("/nodes"));
        planner(agency).contentType("text/plain").body("nodes").put(tree).then().statusCode(415)
                .contentType("application/problem+json");
        analyst().get(tree).then().statusCode(404);
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        // Only the headers are sent: the service must answer from the announced length alone.
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            String request = "PUT " + tree + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token("planner", agency, false) + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (17 * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("HTTP/1.1 413 Request Entity Too Large", reader.readLine());
            List<String> headers = new ArrayList<>();
            for (String line = reader.readLine(); !line.isEmpty(); line = reader.readLine()) {
                headers.add(line.toLowerCase());
            }
            assertTrue(headers.contains("content-type: application/problem+json"), headers.toString());
            char[] body = new char[400];
            int read = reader.read(body);
            assertTrue(new String(body, 0, read).contains("at most 16777216 bytes"), new String(body, 0, read));
        }
        analyst().get(tree).then().statusCode(404);
    }

    @Test
    void unknownAgencyOrPeriodIsNotFound() {
        planner(agency).body(chain(agency, 2025)).put("/api/v1/agencies/" + agency + "/cascades/1900-1904")
                .then().statusCode(404).body("detail", equalTo("No planning period with code '1900-1904'."));
        as(token("admin", null, false)).body(chain(agency, 2025)).put("/api/v1/agencies/NO-SUCH/cascades/" + period)
                .then().statusCode(404);
        analyst().get(tree).then().statusCode(404).body("type", equalTo("urn:sinergi:problem:not-found"));
        analyst().get(tree + "/versions").then().statusCode(404);
        analyst().get(tree + "/versions/1").then().statusCode(404);
        analyst().get(tree + "/diff").then().statusCode(404);
        analyst().get(tree + "/nodes/G1").then().statusCode(404);
        planner(agency).post(tree + "/submit").then().statusCode(404);
        analyst().queryParam("form", "tree-shaped").get(tree).then().statusCode(400)
                .body("violations[0].parameter", equalTo("form"));
    }

    @Test
    void movesThroughDraftSubmittedFinalAndOpensANewVersionAfterFinal() {
        planner(agency).body(chain(agency, 2025)).put(tree).then().statusCode(201);
        planner(agency).header("If-Match", "\"1\"").post(tree + "/finalize").then().statusCode(409)
                .body("type", equalTo("urn:sinergi:problem:invalid-transition"));
        planner(agency).header("If-Match", "\"1\"").post(tree + "/submit").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("SUBMITTED")).body("submittedBy", equalTo("planner." + agency.toLowerCase()));
        planner(agency).header("If-Match", "\"1\"").post(tree + "/submit").then().statusCode(409);
        planner(agency).header("If-Match", "\"1\"").post(tree + "/finalize").then().statusCode(200).body("status", equalTo("FINAL"));

        planner(agency).header("If-Match", "\"1\"").body(chain(agency, 2025)).put(tree).then().statusCode(200)
                .body("version", equalTo(2)).body("status", equalTo("DRAFT"));
        analyst().get(tree + "/versions").then().statusCode(200)
                .body("version", contains(1, 2)).body("status", contains("FINAL", "DRAFT"))
                .body("current", contains(false, true));
        analyst().get(tree + "/versions/1").then().statusCode(200)
                .body("version.status", equalTo("FINAL")).body("nodes", hasSize(4));
        analyst().get(tree + "/versions/3").then().statusCode(404);
        analyst().post(tree + "/submit").then().statusCode(403);
    }

    @Test
    void diffShowsNodesAndIndicatorsAddedRemovedAndChangedFieldByField() {
        planner(agency).body(example(agency)).put(tree).then().statusCode(201);
        List<Map<String, Object>> nodes = new ArrayList<>(analyst().get(tree).then().extract().jsonPath().getList("nodes"));
        nodes.get(2).put("statement", "Program SP4N-LAPOR! yang diperluas");
        nodes.remove(4);
        nodes.add(node("K3", "P1", "ACTIVITY", agency, indicator("IK-K3-1", null, "dokumen", "HIGHER_IS_BETTER", 2025, 5)));
        Map<String, Object> k1Indicator = ((List<Map<String, Object>>) nodes.get(3).get("indicators")).get(0);
        k1Indicator.put("unit", "persen waktu");
        planner(agency).header("If-Match", "\"1\"").body(Map.of("nodes", nodes)).put(tree).then().statusCode(200);

        analyst().queryParam("from", 1).queryParam("to", 2).get(tree + "/diff").then().statusCode(200)
                .body("nodes.added.key", contains("K3"))
                .body("nodes.removed.key", contains("K2"))
                .body("nodes.changed.key", contains("P1"))
                .body("nodes.changed[0].fields.field", contains("statement"))
                .body("nodes.changed[0].fields[0].from", equalTo("Program Pengelolaan Pengaduan Pelayanan Publik Nasional (SP4N-LAPOR!)"))
                .body("nodes.changed[0].fields[0].to", equalTo("Program SP4N-LAPOR! yang diperluas"))
                .body("indicators.added.key", contains("IK-K3-1"))
                .body("indicators.added[0].node", equalTo("K3"))
                .body("indicators.removed.key", contains("IK-K2-1"))
                .body("indicators.changed.key", contains("IK-K1-1"))
                .body("indicators.changed[0].fields.field", contains("unit"));
        analyst().queryParam("from", "x").get(tree + "/diff").then().statusCode(400)
                .body("violations[0].parameter", equalTo("from"));
        analyst().queryParam("from", 7).get(tree + "/diff").then().statusCode(404);
    }

    @Test
    void readsANodeWithItsPathAndSubtree() {
        planner(agency).body(example(agency)).put(tree).then().statusCode(201);
        analyst().get(tree + "/nodes/P1").then().statusCode(200)
                .body("version.version", equalTo(1))
                .body("path.key", contains("T1", "S1"))
                .body("path[0].indicators", nullValue())
                .body("node.key", equalTo("P1"))
                .body("node.indicators.key", contains("IK-P1-1", "IK-P1-2"))
                .body("node.children.key", contains("K1", "K2"));
        analyst().get(tree + "/nodes/T1").then().statusCode(200).body("path", empty());
        analyst().get(tree + "/nodes/NOPE").then().statusCode(404);
        analyst().queryParam("version", 9).get(tree + "/nodes/P1").then().statusCode(404);
    }

    @Test
    void plannersWriteOnlyTheirOwnAgencyOrAgenciesBelowIt() {
        String office = createAgency("DEPUTI-PP", "ORGANISATIONAL_UNIT", agency);
        String officeTree = "/api/v1/agencies/" + office + "/cascades/" + period;
        String stranger = createAgency("OMBUDSMAN", "NON_MINISTERIAL_AGENCY", null);

        planner(stranger).body(chain(agency, 2025)).put(tree).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:sinergi:problem:forbidden"));
        planner(agency).body(chain(office, 2025)).put(officeTree).then().statusCode(403);
        as(token("planner", agency, true)).body(chain(office, 2025)).put(officeTree).then().statusCode(201);
        analyst().body(chain(agency, 2025)).put(tree).then().statusCode(403);
        given().contentType("application/json").body(chain(agency, 2025)).put(tree).then().statusCode(401);
        as(token("admin", null, false)).body(chain(agency, 2025)).put(tree).then().statusCode(201);
    }

    @Test
    void aSharedCodeKeepsItsUnitAndPolarityAcrossAgencies() {
        String other = createAgency("OMBUDSMAN", "NON_MINISTERIAL_AGENCY", null);
        String code = "IKP-" + agency;
        planner(agency).body(Map.of("nodes", List.of(node("G1", null, "GOAL", agency,
                indicator("A", code, "persen", "HIGHER_IS_BETTER", 2025, 5))))).put(tree).then().statusCode(201);

        planner(other).body(Map.of("nodes", List.of(node("G1", null, "GOAL", other,
                        indicator("B", code, "orang", "LOWER_IS_BETTER", 2025, 5),
                        indicator("C", code, "Persen", "HIGHER_IS_BETTER", 2025, 5)))))
                .put("/api/v1/agencies/" + other + "/cascades/" + period)
                .then().statusCode(422)
                .body("violations.rule", containsInAnyOrder("SHARED_CODE_UNIT_MISMATCH", "SHARED_CODE_POLARITY_MISMATCH",
                        "SHARED_CODE_UNIT_MISMATCH", "SHARED_CODE_POLARITY_MISMATCH"))
                .body("violations.pointer", containsInAnyOrder("/nodes/0/indicators/1/unit", "/nodes/0/indicators/1/polarity",
                        "/nodes/0/indicators/0/unit", "/nodes/0/indicators/0/polarity"));

        // The tree that introduced the code may itself change it.
        planner(agency).body(Map.of("nodes", List.of(node("G1", null, "GOAL", agency,
                indicator("A", code, "orang", "HIGHER_IS_BETTER", 2025, 5))))).header("If-Match", "\"1\"").put(tree)
                .then().statusCode(200);
    }

    /** Two planners revising the same version at once: exactly one wins, the other is told, nothing merges. */
    @Test
    void changesNameTheVersionTheyWereMadeFromAndOnlyOneOfTwoRacingRevisionsWins() throws Exception {
        planner(agency).body(chain(agency, 2025)).put(tree).then().statusCode(201).header("ETag", "\"1\"");
        analyst().get(tree).then().statusCode(200).header("ETag", startsWith("\"1."));

        planner(agency).body(chain(agency, 2025)).put(tree).then().statusCode(428)
                .contentType("application/problem+json").body("type", equalTo("urn:sinergi:problem:precondition-required"));
        planner(agency).header("If-Match", "\"7\"").body(chain(agency, 2025)).put(tree).then().statusCode(412)
                .body("type", equalTo("urn:sinergi:problem:precondition-failed"));
        planner(agency).header("If-Match", "W/\"1\"").body(chain(agency, 2025)).put(tree).then().statusCode(412);
        // an unquoted tag is not an entity tag: 400, not a 412 saying version 1 is not version 1
        planner(agency).header("If-Match", "1").body(chain(agency, 2025)).put(tree).then().statusCode(400)
                .body("violations[0].parameter", equalTo("If-Match")).body("violations[0].rule", equalTo("ENTITY_TAG_FORMAT"));
        planner(agency).header("If-Match", "\"1\", 2").post(tree + "/submit").then().statusCode(400);
        planner(agency).post(tree + "/submit").then().statusCode(428);

        Callable<Integer> revise = () -> planner(agency).header("If-Match", "\"1\"").body(chain(agency, 2025)).put(tree).statusCode();
        List<Integer> outcome = Concurrently.run(List.of(revise, revise));
        assertEquals(List.of(200, 412), outcome.stream().sorted().toList());
        analyst().get(tree + "/versions").then().body("version", contains(1, 2));

        planner(agency).header("If-Match", "\"1\"").post(tree + "/submit").then().statusCode(412);
        planner(agency).header("If-Match", "\"1\", \"2\"").post(tree + "/submit").then().statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("SUBMITTED"));
        String newTree = "/api/v1/agencies/" + agency + "/cascades/" + createPeriod(2025, 2029);
        planner(agency).header("If-Match", "*").body(chain(agency, 2025)).put(newTree).then().statusCode(412);
        planner(agency).body(chain(agency, 2025)).put(newTree).then().statusCode(201);
    }

    @Test
    void aTreeOverTheNodeLimitIsRefusedBeforeAnythingElseWithTheLimitStated() {
        // refused at the 20,001st node while reading, nested or not: the rest of the body is never held
        List<Map<String, Object>> nodes = IntStream.range(0, 60_000).mapToObj(i -> Map.<String, Object>of("key", "N" + i)).toList();
        List<Map<String, Object>> nested = List.of(Map.of("key", "G", "children", IntStream.range(0, 20_000)
                .mapToObj(i -> Map.<String, Object>of("key", "C" + i)).toList()));
        for (Object body : List.of(Map.of("nodes", nodes), Map.of("nodes", nested))) {
            planner(agency).body(body).put(tree).then().statusCode(413)
                    .contentType("application/problem+json").body("type", equalTo("urn:sinergi:problem:payload-too-large"))
                    .body("detail", equalTo("The tree has more than 20000 nodes; at most 20000 are accepted in one tree "
                            + "(MAX_TREE_NODES)."));
        }
        analyst().get(tree).then().statusCode(404);
    }
}
