package id.sinergi.cache;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.measured;
import static id.sinergi.support.Trees.node;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sinergi.support.PendingScores;
import id.sinergi.support.Workbooks;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Conditional GET and kept answers: tags that change with every write, 304 for the current one, never a stale answer. */
@QuarkusTest
class ConditionalAnswersTest {

    private static final String KEY = "\"[A-Za-z0-9_-]{22}\"";

    @Inject
    MeterRegistry registry;

    @Inject
    DataSource dataSource;

    String period;
    String agency;
    String tree;

    @BeforeEach
    void setUp() {
        period = createPeriod(2025, 2029);
        agency = createAgency("ETAG", "MINISTRY", null);
        tree = "/api/v1/agencies/" + agency + "/cascades/" + period;
        planner(agency).body(Map.of("nodes", List.of(
                node("G1", null, "GOAL", agency, measured("gi", null, "HIGHER_IS_BETTER", 1, 2025, 80)),
                node("S1", "G1", "TARGET", agency, measured("si", null, "HIGHER_IS_BETTER", 1, 2025, 10)))))
                .put(tree).then().statusCode(201);
        realise(60);
    }

    private void realise(Number value) {
        planner(agency).body(Map.of("value", value)).put(tree + "/indicators/gi/realisations/2025").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    private RequestSpecification report(RequestSpecification caller) {
        return caller.queryParam("period", period).queryParam("year", 2025).queryParam("agency", agency);
    }

    private Response indicators(RequestSpecification caller) {
        return report(caller).get("/api/v1/reports/achievement/indicators");
    }

    @Test
    void aReportCarriesAStrongTagAndAnswers304ForIt() {
        Response first = indicators(analyst());
        first.then().statusCode(200).header("ETag", matchesPattern(KEY))
                .header("Cache-Control", equalTo(ConditionalAnswers.POLICY))
                .header("Vary", containsString("Accept")).header("Vary", containsString("Accept-Language"));
        String tag = first.header("ETag");
        for (String ifNoneMatch : List.of(tag, "W/" + tag, "\"older\", " + tag, "*")) {
            indicators(analyst().header("If-None-Match", ifNoneMatch)).then().statusCode(304)
                    .header("ETag", tag).header("Cache-Control", ConditionalAnswers.POLICY).body(emptyString());
        }
        indicators(analyst().header("If-None-Match", "\"older\"")).then().statusCode(200).header("ETag", tag);
        // a malformed list is no match: the answer, not an error
        indicators(analyst().header("If-None-Match", "older")).then().statusCode(200).header("ETag", tag);
    }

    @Test
    void aWriteMakesANewTagAndTheNewAnswer() {
        String tag = indicators(analyst()).then().statusCode(200).body("items[0].realisation", equalTo(60)).extract().header("ETag");
        realise(64);
        Response after = indicators(analyst().header("If-None-Match", tag));
        after.then().statusCode(200).body("items[0].realisation", equalTo(64));
        assertNotEquals(tag, after.header("ETag"));
    }

    @Test
    void keptAnswersAreTheSameBytesAndApartByMediaTypeAndLanguage() {
        double hits = hits();
        byte[] json = indicators(analyst()).then().statusCode(200).extract().asByteArray();
        Response again = indicators(analyst());
        assertArrayEquals(json, again.asByteArray());
        assertTrue(hits() > hits, "the second read was kept");
        Response csv = indicators(analyst().accept("text/csv"));
        Response csvIndonesian = indicators(analyst().accept("text/csv").header("Accept-Language", "id"));
        Response keptIndonesian = indicators(analyst().accept("text/csv").header("Accept-Language", "id"));
        assertEquals(List.of(again.header("ETag"), csv.header("ETag"), csvIndonesian.header("ETag")).stream().distinct().count(), 3);
        assertArrayEquals(csvIndonesian.asByteArray(), keptIndonesian.asByteArray());
        keptIndonesian.then().statusCode(200).contentType(containsString("text/csv")).header("Content-Language", "id")
                .header("ETag", csvIndonesian.header("ETag"));
        assertNotEquals(csvIndonesian.header("X-Request-Id"), keptIndonesian.header("X-Request-Id"));
        byte[] workbook = indicators(analyst().accept(Workbooks.XLSX)).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(workbook, indicators(analyst().accept(Workbooks.XLSX)).then().statusCode(200).extract().asByteArray());
    }

    @Test
    void aKeptAnswerReachesOnlyCallersAllowedToAsk() {
        String tag = indicators(analyst()).then().statusCode(200).extract().header("ETag");
        indicators(given()).then().statusCode(401);
        indicators(given().header("If-None-Match", tag)).then().statusCode(401).header("ETag", nullValue());
    }

    @Test
    void anAnswerThatIsNotFoundOrRefusedCarriesNoTag() {
        analyst().queryParam("period", "NO-SUCH").queryParam("year", 2025).get("/api/v1/reports/achievement/indicators")
                .then().statusCode(404).header("ETag", nullValue());
        analyst().queryParam("period", period).queryParam("year", 2031).get("/api/v1/reports/achievement/indicators")
                .then().statusCode(422).header("ETag", nullValue());
    }

    @Test
    void aTreeReadIsTaggedAfterItsVersionAndIfMatchStillTakesTheVersion() {
        Response read = analyst().get(tree);
        read.then().statusCode(200).header("ETag", matchesPattern("\"1\\." + KEY.substring(1)));
        String tag = read.header("ETag");
        analyst().header("If-None-Match", tag).get(tree).then().statusCode(304).header("ETag", tag);
        String picture = analyst().accept("image/svg+xml").get(tree).then().statusCode(200).extract().header("ETag");
        analyst().accept("image/svg+xml").header("If-None-Match", picture).get(tree).then().statusCode(304);
        realise(70);
        // the realisation changed the tree's answers (its tag), not its version: If-Match names the version
        String after = analyst().header("If-None-Match", tag).get(tree).then().statusCode(200).extract().header("ETag");
        assertNotEquals(tag, after);
        planner(agency).header("If-Match", tag).body(Map.of("nodes", List.of(
                node("G1", null, "GOAL", agency, measured("gi", null, "HIGHER_IS_BETTER", 1, 2025, 85)))))
                .put(tree).then().statusCode(200).header("ETag", "\"2\"");
        analyst().get(tree).then().statusCode(200).header("ETag", matchesPattern("\"2\\." + KEY.substring(1)));
    }

    /**
     * A planner writes and at once reads the report, over and over, while readers keep asking for the same report
     * (so that kept answers are there to be wrongly served): every read after a write shows that write.
     */
    @Test
    void aReadAfterAWriteNeverGetsAnOlderAnswer() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(3);
        List<Future<Integer>> reads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            reads.add(readers.submit(() -> {
                int n = 0;
                while (writing.get()) {
                    indicators(analyst()).then().statusCode(200);
                    n++;
                }
                return n;
            }));
        }
        double hits = hits();
        try {
            for (int value = 61; value <= 90; value++) {
                realise(value);
                indicators(analyst()).then().statusCode(200).body("items[0].realisation", equalTo(value));
            }
        } finally {
            writing.set(false);
            readers.shutdown();
            assertTrue(readers.awaitTermination(60, TimeUnit.SECONDS));
        }
        int concurrent = 0;
        for (Future<Integer> read : reads) {
            concurrent += read.get();
        }
        assertTrue(concurrent > 0);
        assertTrue(hits() > hits, "readers were served kept answers meanwhile");
    }

    /**
     * Dashboards ask again together after a write: the first computes, the others wait for its answer. The first
     * is held here (a rescoring of its period in progress, its lock held) until all four have asked.
     */
    @Test
    void anAnswerAskedForByManyAtOnceIsComputedOnce() throws Exception {
        new PendingScores(dataSource, agency, period).spoil(2025);
        double misses = registry.counter("sinergi.answers", "result", "miss").count();
        ExecutorService askers = Executors.newFixedThreadPool(4);
        try (Connection rescoring = dataSource.getConnection(); Statement statement = rescoring.createStatement()) {
            rescoring.setAutoCommit(false);
            statement.execute("select lock_tree_scores(" + new PendingScores(dataSource, agency, period).treeId() + ")");
            List<Future<Response>> asked = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                asked.add(askers.submit(() -> indicators(analyst())));
            }
            Thread.sleep(1000);
            assertTrue(asked.stream().noneMatch(Future::isDone), "all wait while the first is held");
            rescoring.rollback();
            List<String> tags = new ArrayList<>();
            for (Future<Response> answer : asked) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode());
                tags.add(response.header("ETag"));
            }
            assertEquals(1, tags.stream().distinct().count(), tags.toString());
        } finally {
            askers.shutdownNow();
        }
        assertEquals(1.0, registry.counter("sinergi.answers", "result", "miss").count() - misses, "computed once");
    }

    private double hits() {
        return registry.counter("sinergi.answers", "result", "hit").count();
    }
}
