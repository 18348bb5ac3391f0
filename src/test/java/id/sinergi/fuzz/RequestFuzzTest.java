package id.sinergi.fuzz;

import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Api.token;
import static id.sinergi.support.Trees.example;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the served OpenAPI document, each of its path, query and header parameters in turn
 * given hostile values (the classes that once answered 500 among them) while the others stay valid: no
 * answer may be a 5xx, every refusal is a problem document, and a refused request changes nothing. The
 * operations and parameters come from the contract, not from a hand list, so a new endpoint is fuzzed
 * the day it is added.
 */
@QuarkusTest
class RequestFuzzTest {

    /** Values as they go on the wire: percent-encoded where they hold bytes a URI cannot carry as they are. */
    static final List<String> HOSTILE = List.of("a%00b", "%00", "a%C0%AFb", "%ED%A0%80", "%FF%FE", "%E2%80%AE", "%25", "_",
            "%25%25%25", "..%2F..%2Fetc%2Fpasswd", "%27%20or%201%3D1%20--", "-1", "0", "2147483647", "2147483648",
            "99999999999999999999", "1e3", "2025.5", "%20", "", "x".repeat(3000), "%F0%9F%98%80", "NaN", "null");
    static final List<String> HOSTILE_HEADERS = List.of("1", "\"1", "W/", "*, \"1\"", "x".repeat(5000), "\u00ff\u00fe",
            "\"\"", "  ", ",,,", "a\tb");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Inject
    DataSource dataSource;

    final ObjectMapper mapper = new ObjectMapper();

    @Test
    void everyParameterOfEveryOperationWithHostileValues() throws Exception {
        String period = createPeriod(2025, 2029);
        String agency = createAgency("RFUZZ", "MINISTRY", null);
        planner(agency).body(example(agency)).put("/api/v1/agencies/" + agency + "/cascades/" + period).then().statusCode(201);
        Map<String, String> valid = Map.ofEntries(Map.entry("agency", agency), Map.entry("code", agency),
                Map.entry("period", period), Map.entry("key", "S1"), Map.entry("indicator", "IKU-S1-1"),
                Map.entry("year", "2025"), Map.entry("version", "1"), Map.entry("id", "1"), Map.entry("from", "1"),
                Map.entry("to", "1"), Map.entry("reportingPeriod", "2025"), Map.entry("quarter", "2"));
        String admin = token("admin", null, false);
        String planner = token("planner", agency, false);
        JsonNode contract = mapper.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());

        int requests = 0;
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<JsonNode> shared = list(path.getValue().get("parameters"));
            Set<String> served = new TreeSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                served.add(op.getKey().toUpperCase());
                List<JsonNode> parameters = new ArrayList<>(shared);
                parameters.addAll(list(op.getValue().get("parameters")));
                String method = op.getKey().toUpperCase();
                String token = method.equals("GET") ? admin : (path.getKey().contains("{agency}") ? planner : admin);
                String body = op.getValue().has("requestBody") ? "{}" : null;
                for (JsonNode parameter : parameters) {
                    String name = parameter.get("name").asText();
                    String in = parameter.get("in").asText();
                    for (String value : in.equals("header") ? HOSTILE_HEADERS : HOSTILE) {
                        Map<String, String> values = new LinkedHashMap<>();
                        for (JsonNode p : parameters) {
                            String n = p.get("name").asText();
                            if (p.get("in").asText().equals("path") || p.path("required").asBoolean()) {
                                values.put(n, valid.getOrDefault(n, "x"));
                            }
                        }
                        values.put(name, value);
                        send(method, path.getKey(), parameters, values, token, body);
                        requests++;
                    }
                }
                // what every operation takes: the token, the body's media type, what it accepts
                for (String[] header : List.of(new String[] {"Authorization", "Bearer x.y.z"}, new String[] {"Authorization", "Basic YTpi"},
                        new String[] {"Accept", "application/xml"}, new String[] {"Accept", "text/csv;q=abc"},
                        new String[] {"Content-Type", "text/plain"}, new String[] {"Content-Type", "application/json; charset=latin1"},
                        new String[] {"X-Request-Id", "x".repeat(5000)})) {
                    Map<String, String> values = new HashMap<>();
                    parameters.stream().filter(p -> p.get("in").asText().equals("path"))
                            .forEach(p -> values.put(p.get("name").asText(), valid.getOrDefault(p.get("name").asText(), "x")));
                    send(method, path.getKey(), parameters, values, token, body, header);
                    requests++;
                }
            }
            // a method the path does not serve: 405 naming the ones it does
            // 2025 fits every parameter's pattern (a code, a key, a year, an id)
            String concrete = path.getKey().replaceAll("\\{\\w+}", "2025");
            for (String method : METHODS) {
                if (!served.contains(method.toUpperCase())) {
                    given().auth().oauth2(admin).request(method.toUpperCase(), concrete).then().statusCode(405)
                            .contentType("application/problem+json")
                            .header("Allow", containsString(served.iterator().next()));
                    requests++;
                }
            }
        }
        assertTrue(operations >= 39, "the contract lists " + operations + " operations");
        assertTrue(requests > 1_500, requests + " requests");
    }

    private void send(String method, String template, List<JsonNode> parameters, Map<String, String> values, String token,
                      String body, String[]... headers) throws Exception {
        String path = template;
        List<String> query = new ArrayList<>();
        RequestSpecification request = given().urlEncodingEnabled(false).auth().oauth2(token).contentType("application/json");
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").asText();
            String value = values.get(name);
            if (value == null) {
                continue;
            }
            switch (parameter.get("in").asText()) {
                case "path" -> path = path.replace("{" + name + "}", value);
                case "query" -> query.add(name + "=" + value);
                case "header" -> request.header(name, value);
                default -> { }
            }
        }
        for (String[] header : headers) {
            if (header[0].equals("Authorization")) {
                request = given().urlEncodingEnabled(false).header(header[0], header[1]).contentType("application/json");
            } else if (header[0].equals("Content-Type")) {
                request.contentType(header[1]);
            } else {
                request.header(header[0], header[1]);
            }
        }
        if (body != null) {
            request.body(body);
        }
        String uri = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
        String before = state();
        Response response = request.request(method, uri);
        int status = response.statusCode();
        String what = method + " " + uri.substring(0, Math.min(uri.length(), 300)) + " " + (headers.length > 0 ? headers[0][0] : "");
        assertTrue(status < 500, what + " answered " + status + ": " + response.asString());
        if (status >= 400) {
            assertTrue(String.valueOf(response.contentType()).startsWith("application/problem+json"),
                    what + " refused (" + status + ") without a problem document: " + response.contentType());
            assertEquals(before, state(), what + " refused (" + status + ") but changed the state");
        }
    }

    private String state() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(BadInputFuzzTest.STATE
                     + " || '/' || (select count(*) from agency) || '/' || (select count(*) from planning_period)")) {
            row.next();
            return row.getString(1);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null) {
            array.forEach(items::add);
        }
        return items;
    }
}
