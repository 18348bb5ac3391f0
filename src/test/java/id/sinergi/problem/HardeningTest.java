package id.sinergi.problem;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Api.token;
import static id.sinergi.support.Trees.chain;
import static id.sinergi.support.Trees.example;
import static id.sinergi.support.Trees.node;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The ways one client could cost the server far more than it costs the client, or get a 5xx: each answers
 * a bounded problem document and changes nothing.
 */
@QuarkusTest
class HardeningTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aLoopThroughFiveThousandNodesIsReportedInABoundedAnswer() {
        String period = createPeriod(2025, 2029);
        String agency = createAgency("LOOP", "MINISTRY", null);
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            nodes.add(node("N" + i, "N" + ((i + 1) % 5_000), "TARGET", agency));
        }
        Response refused = planner(agency).body(Map.of("nodes", nodes)).put("/api/v1/agencies/" + agency + "/cascades/" + period);
        refused.then().statusCode(422).contentType(Problems.MEDIA_TYPE)
                .body("violations", hasSize(ViolationList.MAX_LISTED))
                .body("omittedViolations", equalTo(5_001 - ViolationList.MAX_LISTED))
                .body("detail", equalTo("The cascade tree breaks 5001 rule(s); the first 1000 are listed; nothing was stored."))
                .body("violations.findAll { it.rule == 'CYCLE' }", hasSize(1));
        assertTrue(refused.asByteArray().length < 200_000, "answer of " + refused.asByteArray().length + " bytes");
        analyst().get("/api/v1/agencies/" + agency + "/cascades/" + period).then().statusCode(404);
    }

    @Test
    void aChunkedBodyIsHeldToTheSameLimitAsOneThatStatesItsLength() throws Exception {
        String period = createPeriod(2025, 2029);
        String agency = createAgency("CHUNK", "MINISTRY", null);
        String tree = example(agency);
        // a valid tree padded to 17 MB with whitespace, sent without Content-Length
        byte[] start = tree.substring(0, tree.lastIndexOf('}')).getBytes(StandardCharsets.UTF_8);
        InputStream padding = new InputStream() {
            long left = 17L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }
        };
        InputStream body = new SequenceInputStream(new SequenceInputStream(new ByteArrayInputStream(start), padding),
                new ByteArrayInputStream("}".getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/v1/agencies/" + agency + "/cascades/" + period))
                .header("Authorization", "Bearer " + token("planner", agency, false))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(Problems.MEDIA_TYPE));
        assertTrue(response.body().contains("urn:sinergi:problem:payload-too-large"), response.body());
        analyst().get("/api/v1/agencies/" + agency + "/cascades/" + period).then().statusCode(404);
    }

    @Test
    void textThatPostgresCannotStoreIsRefusedInEveryPathSegmentAndQueryParameter() {
        String period = createPeriod(2025, 2029);
        String agency = createAgency("NUL", "MINISTRY", null);
        planner(agency).body(chain(agency, 2025)).put("/api/v1/agencies/" + agency + "/cascades/" + period).then().statusCode(201);
        String tree = "/api/v1/agencies/" + agency + "/cascades/" + period;
        for (String path : List.of("/api/v1/agencies/a%00b", "/api/v1/periods/a%00b", tree + "/nodes/a%00b",
                tree + "/indicators/a%00b/realisations", "/api/v1/agencies/a%C0%AFb", "/api/v1/agencies/a%ED%A0%80b")) {
            analyst().urlEncodingEnabled(false).get(path).then().statusCode(400).contentType(Problems.MEDIA_TYPE)
                    .body("type", equalTo(ProblemType.MALFORMED_REQUEST.uri()));
        }
        for (String query : List.of("/api/v1/search/nodes?period=" + period + "&q=a%00b", "/api/v1/reports/synergy?period=a%00b",
                "/api/v1/reports/integrity?period=" + period + "&agency=a%00b", "/api/v1/crosscutting-links?agency=a%00b",
                "/api/v1/agencies?q=%C0%AF", "/api/v1/search/indicators?period=" + period + "&q=%ED%A0%80")) {
            String parameter = query.substring(query.lastIndexOf('&') > 0 ? query.lastIndexOf('&') + 1 : query.indexOf('?') + 1,
                    query.lastIndexOf('='));
            analyst().urlEncodingEnabled(false).get(query).then().statusCode(400).contentType(Problems.MEDIA_TYPE)
                    .body("violations[0].parameter", equalTo(parameter))
                    .body("violations[0].rule", equalTo("MALFORMED_TEXT"));
        }
        planner(agency).urlEncodingEnabled(false).body(Map.of("value", 1))
                .put(tree + "/indicators/a%00b/realisations/2025").then().statusCode(400);
        // 12 bytes to send, a billion digits to print and more than a PostgreSQL numeric holds
        planner(agency).body("{\"value\": 1e999999999}").put(tree + "/indicators/I-S1/realisations/2025")
                .then().statusCode(400).body("violations[0].pointer", equalTo("/value"));
        analyst().get(tree + "/realisations").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void pagesPastTheRangeOfAnOffsetAreRefused() {
        String period = createPeriod(2025, 2029);
        for (String path : List.of("/api/v1/agencies", "/api/v1/search/nodes?period=" + period,
                "/api/v1/reports/achievement/indicators?year=2025&period=" + period, "/api/v1/reports/duplication?period=" + period)) {
            analyst().queryParam("page", Integer.MAX_VALUE).get(path).then().statusCode(400).contentType(Problems.MEDIA_TYPE)
                    .body("violations[0].parameter", equalTo("page")).body("violations[0].rule", equalTo("PAGE_OUT_OF_RANGE"));
            analyst().queryParam("page", "99999999999").get(path).then().statusCode(400)
                    .body("violations[0].rule", equalTo("INVALID_VALUE"));
        }
        // the last page that still fits is an ordinary, empty page
        analyst().queryParam("page", Integer.MAX_VALUE / 500).queryParam("size", 500).get("/api/v1/agencies")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void strictJsonRefusesWhatALenientReaderWouldQuietlyChange() {
        String admin = token("admin", null, false);
        Map<String, String> refused = Map.of(
                "{\"code\":\"DUP-1\",\"code\":\"DUP-2\",\"firstYear\":2030,\"lastYear\":2034}", "/code DUPLICATE_PROPERTY",
                "{\"code\":\"TRAIL-1\",\"firstYear\":2030,\"lastYear\":2034}{\"code\":\"TRAIL-2\"}", " TRAILING_CONTENT",
                "{\"code\":\"FRAC-1\",\"firstYear\":2030.5,\"lastYear\":2034}", "/firstYear INVALID_VALUE",
                "{\"code\":\"FRAC-2\",\"firstYear\":2030,\"lastYear\":2.034e3}", "/lastYear INVALID_VALUE",
                "{\"code\":\"BIG-1\",\"firstYear\":99999999999,\"lastYear\":2034}", "/firstYear INVALID_VALUE",
                "{\"code\":\"SUR-1\",\"name\":\"a\\ud800b\",\"firstYear\":2030,\"lastYear\":2034}", "/name INVALID_VALUE");
        refused.forEach((body, expected) -> given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .post("/api/v1/periods").then().statusCode(400).contentType(Problems.MEDIA_TYPE)
                .body("violations[0].pointer", equalTo(expected.substring(0, expected.indexOf(' '))))
                .body("violations[0].rule", equalTo(expected.substring(expected.indexOf(' ') + 1))));
        // overlong UTF-8 for '/' (C0 AF) is no character, not a '/'
        byte[] overlong = "{\"code\":\"OVER-1\",\"name\":\"a__b\",\"firstYear\":2030,\"lastYear\":2034}".getBytes(StandardCharsets.UTF_8);
        int at = new String(overlong, StandardCharsets.ISO_8859_1).indexOf("__");
        overlong[at] = (byte) 0xC0;
        overlong[at + 1] = (byte) 0xAF;
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(overlong).post("/api/v1/periods")
                .then().statusCode(400).body("violations[0].rule", equalTo("MALFORMED_UTF8"))
                .body("detail", containsString("offset " + at));
        for (String code : List.of("DUP-1", "DUP-2", "TRAIL-1", "FRAC-1", "FRAC-2", "BIG-1", "SUR-1", "OVER-1")) {
            analyst().get("/api/v1/periods/" + code).then().statusCode(404);
        }
    }

    @Test
    void searchTextIsMatchedLiterallyNotAsAPattern() {
        String period = createPeriod(2025, 2029);
        String agency = createAgency("LIKE", "MINISTRY", null);
        planner(agency).body(Map.of("nodes", List.of(Map.of("key", "G1", "level", "GOAL", "statement", "Capaian 100% layanan_publik",
                "owner", Map.of("agency", agency)), node("S1", "G1", "TARGET", agency))))
                .put("/api/v1/agencies/" + agency + "/cascades/" + period).then().statusCode(201);
        analyst().queryParam("period", period).queryParam("q", "%").get("/api/v1/search/nodes")
                .then().statusCode(200).body("items.node.key", equalTo(List.of("G1")));
        analyst().queryParam("period", period).queryParam("q", "_").get("/api/v1/search/nodes")
                .then().statusCode(200).body("items.node.key", equalTo(List.of("G1")));
        analyst().queryParam("period", period).queryParam("q", "0_l").get("/api/v1/search/nodes")
                .then().statusCode(200).body("items", hasSize(0));
        analyst().queryParam("q", "%").get("/api/v1/agencies").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aMethodAPathDoesNotServeIs405WithAllow() {
        String tree = "/api/v1/agencies/KSP/cascades/2025-2029";
        analyst().delete(tree).then().statusCode(405).contentType(Problems.MEDIA_TYPE)
                .header("Allow", "GET, HEAD, OPTIONS, PUT").body("type", equalTo(ProblemType.METHOD_NOT_ALLOWED.uri()));
        analyst().patch(tree).then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS, PUT");
        analyst().get(tree + "/submit").then().statusCode(405).header("Allow", "OPTIONS, POST");
        analyst().delete(tree + "/indicators/I1/realisations/2025").then().statusCode(405).header("Allow", "OPTIONS, PUT");
        analyst().delete("/api/v1/agencies/KSP").then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS, PUT");
        analyst().get("/api/v1/no-such-thing").then().statusCode(404).contentType(Problems.MEDIA_TYPE);
    }

    @Test
    void anOversizedRequestLineOrHeaderIsAProblemDocument() {
        analyst().queryParam("q", "a".repeat(9_000)).get("/api/v1/agencies").then().statusCode(414)
                .contentType(Problems.MEDIA_TYPE).body("type", equalTo(ProblemType.URI_TOO_LONG.uri()));
        var many = analyst();
        for (int i = 0; i < 1_500; i++) {
            many.queryParam("p" + i, i);
        }
        many.get("/api/v1/agencies").then().statusCode(414).contentType(Problems.MEDIA_TYPE);
        var fewer = analyst();
        for (int i = 0; i < 150; i++) {
            fewer.queryParam("p" + i, i);
        }
        fewer.get("/api/v1/agencies").then().statusCode(400).contentType(Problems.MEDIA_TYPE)
                .body("detail", startsWith("The request has 150 query parameters"));
        analyst().header("X-Padding", "a".repeat(20_000)).get("/api/v1/agencies").then().statusCode(431)
                .contentType(Problems.MEDIA_TYPE).body("type", equalTo(ProblemType.HEADERS_TOO_LARGE.uri()));
    }
}
