package id.sinergi.observability;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.chain;
import static id.sinergi.support.Trees.node;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Health, the domain metrics and the request id, as an operator sees them. */
@QuarkusTest
class ObservabilityTest {

    @Test
    void liveAndReadyWithTheDatabaseCheck() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void countsStoredTreesViolationsByRuleLinksAndReportLatencies() {
        String period = createPeriod(2025, 2029);
        String agency = createAgency("OBS", "MINISTRY", null);
        String tree = "/api/v1/agencies/" + agency + "/cascades/" + period;
        double stored = metricOrZero("sinergi_trees_stored_total\\{first_version=\"true\"");
        double cycles = metricOrZero("sinergi_tree_violations_total\\{rule=\"CYCLE\"");

        planner(agency).body(Map.of("nodes", List.of(node("G1", null, "GOAL", agency), node("A", "B", "TARGET", agency),
                node("B", "A", "PROGRAM", agency)))).put(tree).then().statusCode(422);
        planner(agency).body(chain(agency, 2025)).put(tree).then().statusCode(201);
        analyst().queryParam("period", period).get("/api/v1/reports/synergy").then().statusCode(200);

        assertEquals(stored + 1, metric("sinergi_trees_stored_total\\{first_version=\"true\""));
        assertEquals(cycles + 1, metric("sinergi_tree_violations_total\\{rule=\"CYCLE\""));
        metric("sinergi_links\\{status=\"ACCEPTED\"");
        metric("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/reports/synergy\"");
        metric("agroal_active_count");
    }

    /** Many refused odd paths are one uri tag: they cannot crowd the endpoints' latencies out of the metrics. */
    @Test
    void refusedOddPathsShareOneUriTag() {
        for (int i = 0; i < 150; i++) {
            analyst().urlEncodingEnabled(false).get("/api/v1/agencies/odd%00" + i).then().statusCode(400);
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains("odd"), "a refused path became a uri tag");
        analyst().get("/api/v1/agencies").then().statusCode(200);
        metric("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/agencies\"");
    }

    @Test
    void everyResponseCarriesARequestIdTheCallerMayChoose() {
        given().header("X-Request-Id", "gateway-42.a").get("/api/v1/agencies/NO-SUCH-AGENCY").then().statusCode(401)
                .header("X-Request-Id", "gateway-42.a");
        analyst().get("/api/v1/agencies/NO-SUCH-AGENCY").then().statusCode(404)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        analyst().header("X-Request-Id", "not sane\u0007").get("/api/v1/agencies").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    /** The value of the first /q/metrics line matching the prefix (a regular expression); fails when absent. */
    private static double metric(String prefix) {
        Double value = find(prefix);
        if (value == null) {
            throw new AssertionError("no metric " + prefix + " in /q/metrics");
        }
        return value;
    }

    /** A counter not incremented yet is not listed: 0. */
    private static double metricOrZero(String prefix) {
        Double value = find(prefix);
        return value == null ? 0 : value;
    }

    private static Double find(String prefix) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^" + prefix + "[^\\n]*\\s([0-9.eE+-]+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : null;
    }
}
