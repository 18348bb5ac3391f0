package id.sinergi.fuzz;

import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Thousands of mutated and random payloads against the tree, link and realisation endpoints: none may
 * answer 5xx, and a refused one must leave the stored state exactly as it was. The seed is fixed so a
 * failure replays; the message names the payload.
 */
@QuarkusTest
class BadInputFuzzTest {

    static final long SEED = 20261123L;
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Counts that any stored change moves. */
    static final String STATE = "select (select count(*) from tree_version) || '/' || (select count(*) from tree_node) || '/' "
            + "|| (select count(*) from crosscutting_link) || '/' || (select count(*) from link_transition) || '/' "
            + "|| (select count(*) from realisation_history) || '/' || (select coalesce(sum(value), 0) from realisation)";

    @Inject
    DataSource dataSource;

    final ObjectMapper mapper = new ObjectMapper();
    final Random random = new Random(SEED);

    @Test
    void mutatedPayloadsNeverFailTheServerNorChangeAnythingWhenRefused() throws Exception {
        String period = createPeriod(2025, 2029);
        String agency = createAgency("FUZZ-A", "MINISTRY", null);
        String partner = createAgency("FUZZ-B", "MINISTRY", null);
        String tree = "/api/v1/agencies/" + agency + "/cascades/" + period;
        String treeJson = example(agency);
        planner(agency).body(treeJson).put(tree).then().statusCode(201);
        planner(partner).body(example(partner)).put("/api/v1/agencies/" + partner + "/cascades/" + period).then().statusCode(201);
        JsonNode validTree = mapper.readTree(treeJson);
        JsonNode validLink = mapper.valueToTree(Map.of("period", period, "from", Map.of("agency", agency, "node", "S1"),
                "to", Map.of("agency", partner, "node", "S1"), "relationship", "JOINT_PLANNING", "lead", agency,
                "sharedCode", "IKP-PP-02"));
        JsonNode validRealisation = mapper.valueToTree(Map.of("value", 76.5, "note", "Rekap", "evidenceUrl", "https://lapor.go.id/"));

        int requests = 0;
        int refused = 0;
        for (int i = 0; i < 1500; i++) {
            refused += send(planner(agency).header("If-Match", "*"), "PUT", tree, payload(validTree)) ? 0 : 1;
            requests++;
        }
        for (int i = 0; i < 800; i++) {
            refused += send(planner(agency), "POST", "/api/v1/crosscutting-links", payload(validLink)) ? 0 : 1;
            requests++;
        }
        for (int i = 0; i < 800; i++) {
            String year = random.nextInt(10) == 0 ? List.of("1999", "x", "2025.5", "-1", "99999999999").get(random.nextInt(5)) : "2025";
            String indicator = random.nextInt(10) == 0 ? "NO-SUCH-" + i : "IKU-S1-1";
            refused += send(planner(agency), "PUT", tree + "/indicators/" + indicator + "/realisations/" + year,
                    payload(validRealisation)) ? 0 : 1;
            requests++;
        }
        assertEquals(3100, requests);
        assertTrue(refused > requests / 2, "most mutations must be refused, or the fuzzing is not probing: " + refused);
    }

    /** Sends one payload; true when it was accepted (2xx). Fails on a 5xx, or on a refusal that changed the state. */
    private boolean send(io.restassured.specification.RequestSpecification request, String method, String path, String body)
            throws Exception {
        String before = state();
        Response response = request.body(body).request(method, path);
        int status = response.statusCode();
        assertTrue(status < 500, method + " " + path + " answered " + status + " to: " + shorten(body) + "\n" + response.asString());
        if (status >= 400) {
            assertEquals(before, state(), method + " " + path + " refused (" + status + ") but changed the state: " + shorten(body));
            assertTrue(response.contentType().startsWith("application/problem+json"), "refusal without a problem document");
            return false;
        }
        return true;
    }

    private String state() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(STATE)) {
            row.next();
            return row.getString(1);
        }
    }

    /** A payload: mostly the valid one mutated a few times, sometimes broken text or random bytes. */
    private String payload(JsonNode valid) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            String text = valid.toString();
            return text.substring(0, random.nextInt(text.length()));
        }
        if (kind == 1) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        JsonNode copy = valid.deepCopy();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            copy = mutate(copy);
        }
        return copy.toString();
    }

    private JsonNode mutate(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return oddValue();
        }
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.set("unexpected" + random.nextInt(3), oddValue());
                default -> object.set(name, oddValue());
            }
        } else if (target instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            switch (random.nextInt(3)) {
                case 0 -> array.remove(index);
                case 1 -> array.add(array.get(index).deepCopy());
                default -> array.set(index, oddValue());
            }
        } else {
            return oddValue();
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            Iterator<JsonNode> children = node.elements();
            children.forEachRemaining(child -> collect(child, containers));
        }
    }

    private JsonNode oddValue() {
        return switch (random.nextInt(14)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.numberNode(-random.nextInt(1_000_000));
            case 2 -> JSON.numberNode(Double.MAX_VALUE);
            case 3 -> JSON.numberNode(new java.math.BigDecimal("1e400"));
            case 4 -> JSON.textNode("");
            case 5 -> JSON.textNode("x".repeat(5000));
            case 6 -> JSON.textNode("G\u0000NUL");
            case 7 -> JSON.textNode("'; drop table agency; --");
            case 8 -> JSON.textNode("\uD83D\uDE00 ∑ ﷽");
            case 9 -> JSON.booleanNode(random.nextBoolean());
            case 10 -> JSON.arrayNode().add(JSON.objectNode());
            case 11 -> JSON.objectNode().put("key", "K" + random.nextInt(5));
            case 12 -> JSON.textNode(List.of("GOAL", "TARGET", "PROGRAM", "ACTIVITY", "SUB_ACTIVITY", "RANGE", "SUM",
                    "ACCEPTED", "MERGER", "S1", "P1", "K1").get(random.nextInt(12)));
            default -> JSON.numberNode(random.nextInt(3000));
        };
    }

    private static String shorten(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "..." : body;
    }
}
