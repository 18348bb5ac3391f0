package id.sinergi.report;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.inspectorate;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.measured;
import static id.sinergi.support.Trees.node;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sinergi.scoring.ScoreStore;
import id.sinergi.support.PendingScores;
import id.sinergi.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Capaian on a hand-built tree whose every figure is worked out below.
 *
 * <pre>
 * G1 GOAL     gi HIGHER  T 80,      R 60  ->  75
 *  S1 TARGET  s1 LOWER   T 10,      R 12  -> (20 - 12) / 10 = 80;  s2 RANGE [10, 20] w3, R 25 -> (40 - 25) / 20 = 75
 *   P1 PROG   p1 HIGHER  T 50,      R 75  -> 150, capped at 120
 *    K1 ACT   k1 HIGHER  T 100, no realisation -> no score
 *    K2 ACT   no indicators
 *   P2 PROG   p2 RANGE [10, 20] w2, R 15 -> 100   (owned by the other agency)
 * own(S1) = (80 + 3 x 75) / 4 = 76.25
 * rolled(P1) = own 120 (no scored child); rolled(P2) = 100
 * rolled(S1) = (1 x 120 + 2 x 100) / 3 = 106.67 = rolled(G1) = tree score
 * agency (owner) score = (75 + 80 + 3 x 75 + 120) / 6 = 83.33; the other agency 100
 * </pre>
 */
@QuarkusTest
class AchievementReportsTest {

    String period;
    String agency;
    String partner;
    String tree;

    @Inject
    DataSource dataSource;

    @Inject
    ScoreStore scores;

    @BeforeEach
    void setUp() {
        period = createPeriod(2025, 2029);
        agency = createAgency("CAP-A", "MINISTRY", null);
        partner = createAgency("CAP-B", "MINISTRY", null);
        tree = "/api/v1/agencies/" + agency + "/cascades/" + period;
        planner(agency).body(Map.of("nodes", nodes(true))).put(tree).then().statusCode(201);
        Map<String, Number> realisations = Map.of("gi", 60, "s1", 12, "s2", 25, "p1", 75, "p2", 15);
        realisations.forEach((indicator, value) -> planner(agency).body(Map.of("value", value))
                .put(tree + "/indicators/" + indicator + "/realisations/2025").then().statusCode(201));
    }

    private List<Map<String, Object>> nodes(boolean withPartnerProgram) {
        List<Map<String, Object>> nodes = new ArrayList<>(List.of(
                node("G1", null, "GOAL", agency, measured("gi", null, "HIGHER_IS_BETTER", 1, 2025, 80)),
                node("S1", "G1", "TARGET", agency, measured("s1", null, "LOWER_IS_BETTER", 1, 2025, 10),
                        measured("s2", null, "RANGE", 3, 2025, 10, 20)),
                node("P1", "S1", "PROGRAM", agency, measured("p1", null, "HIGHER_IS_BETTER", 1, 2025, 50)),
                node("K1", "P1", "ACTIVITY", agency, measured("k1", null, "HIGHER_IS_BETTER", 1, 2025, 100)),
                node("K2", "P1", "ACTIVITY", agency)));
        if (withPartnerProgram) {
            nodes.add(node("P2", "S1", "PROGRAM", partner, measured("p2", null, "RANGE", 2, 2025, 10, 20)));
        }
        return nodes;
    }

    private float treeScore() {
        return analyst().queryParam("period", period).queryParam("year", 2025).queryParam("agency", agency)
                .get("/api/v1/reports/achievement/trees").then().statusCode(200).extract().path("items[0].score");
    }

    /**
     * Scores are stored per tree: a corrected realisation and a revision rescore it at once.
     * p1 corrected to 40: 80 = rolled(P1); rolled(S1) = (1 x 80 + 2 x 100) / 3 = 93.33. The revision
     * without P2 keeps the realisations of the kept keys: rolled(S1) = 80.
     */
    @Test
    void storedScoresFollowRealisationsAndRevisions() {
        planner(agency).body(Map.of("value", 40)).put(tree + "/indicators/p1/realisations/2025").then().statusCode(200);
        assertEquals(93.33f, treeScore());
        planner(agency).header("If-Match", "\"1\"").body(Map.of("nodes", nodes(false))).put(tree).then().statusCode(200);
        assertEquals(80.00f, treeScore());
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("agency", agency)
                .get("/api/v1/reports/achievement/nodes").then().statusCode(200)
                .body("total", equalTo(5)).body("items.rolledUpScore", contains(80.00f, 80.00f, 80.00f, null, null));
    }

    /**
     * A write's rescoring runs after its commit, on the worker, with no read asking for it: p1 corrected to 40
     * gives the tree 93.33 in tree_score (see above) while nobody reads a report.
     */
    @Test
    void theWorkerRescoresAfterTheWriteCommits() throws Exception {
        PendingScores scoring = new PendingScores(dataSource, agency, period);
        scoring.settle();
        planner(agency).body(Map.of("value", 40)).put(tree + "/indicators/p1/realisations/2025").then().statusCode(200);
        scoring.settle();
        BigDecimal stored = (BigDecimal) scoring.query("select s.score from tree_score s join cascade_tree t on t.id = "
                + scoring.treeId() + " join tree_version v on v.id = s.version_id and v.tree_id = t.id "
                + "and v.version = t.current_version where s.year = 2025");
        assertEquals(new BigDecimal("93.33"), stored.setScale(2, RoundingMode.HALF_UP));
    }

    /** A read whose period has a rescoring pending does it first: the stored score is wrong until then. */
    @Test
    void aReadDoesThePendingRescoringFirst() throws Exception {
        PendingScores scoring = new PendingScores(dataSource, agency, period);
        scoring.spoil(2025);
        assertEquals(106.67f, treeScore());
        assertEquals(0, scoring.pending());
    }

    /** A read waits for a rescoring in progress (its lock held here) and then answers from what it stored. */
    @Test
    void aReadWaitsForARescoringInProgress() throws Exception {
        PendingScores scoring = new PendingScores(dataSource, agency, period);
        scoring.spoil(2025);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (Connection rescoring = dataSource.getConnection(); Statement statement = rescoring.createStatement()) {
            rescoring.setAutoCommit(false);
            statement.execute("select lock_tree_scores(" + scoring.treeId() + ")");
            Future<Float> read = reader.submit(this::treeScore);
            Thread.sleep(1000);
            assertFalse(read.isDone(), "the read waits while the tree is being rescored");
            rescoring.rollback();
            assertEquals(106.67f, read.get(60, TimeUnit.SECONDS));
        } finally {
            reader.shutdownNow();
        }
    }

    /** A changed cap rescores every stored tree at start-up; a stale score row is then recomputed too. */
    @Test
    void aChangedCapRescoresEveryTree() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update node_score set rolled = 0");
            statement.executeUpdate("update tree_score set score = 0");
            statement.executeUpdate("update score_basis set cap = 150");
        }
        scores.rescoreIfCapChanged();
        assertEquals(106.67f, treeScore());
    }

    @Test
    void capaianPerIndicatorFollowsEachPolarity() {
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("agency", agency)
                .get("/api/v1/reports/achievement/indicators").then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.indicator", contains("gi", "s1", "s2", "p1", "k1", "p2"))
                .body("items.achievement", contains(75.00f, 80.00f, 75.00f, 120.00f, null, 100.00f))
                .body("items.formula", contains("60 / 80 x 100 = 75", "(2 x 10 - 12) / 10 x 100 = 80",
                        "(2 x 20 - 25) / 20 x 100 = 75", "75 / 50 x 100 = 150, capped at 120", "no realisation",
                        "15 within [10, 20] = 100"))
                .body("items[2].min", equalTo(10)).body("items[2].max", equalTo(20))
                .body("items[4].target", equalTo(100)).body("items[4].realisation", nullValue());
    }

    @Test
    void nodesRollUpFromTheirChildren() {
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("agency", agency)
                .get("/api/v1/reports/achievement/nodes").then().statusCode(200)
                .body("items.node", contains("G1", "S1", "P1", "K1", "K2", "P2"))
                .body("items.ownScore", contains(75.00f, 76.25f, 120.00f, null, null, 100.00f))
                .body("items.rolledUpScore", contains(106.67f, 106.67f, 120.00f, null, null, 100.00f))
                .body("items.weight", contains(1.0f, 4.0f, 1.0f, 1.0f, 1, 2.0f))
                .body("items[5].owner", equalTo(partner));
    }

    @Test
    void treesAndOwnerAgencies() {
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("agency", agency)
                .get("/api/v1/reports/achievement/trees").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].score", equalTo(106.67f)).body("items[0].nodes", equalTo(6))
                .body("items[0].indicators", equalTo(6)).body("items[0].withTarget", equalTo(6))
                .body("items[0].withRealisation", equalTo(5));
        analyst().queryParam("period", period).queryParam("year", 2025)
                .get("/api/v1/reports/achievement/agencies").then().statusCode(200)
                .body("items.agency", contains(agency, partner))
                .body("items.score", contains(83.33f, 100.00f))
                .body("items.indicators", contains(5, 1));
    }

    /**
     * figures=VERIFIED rolls up the verified figures only: s1 (80) and p1 (120) verified, the rest submitted or drafts.
     * own(S1) = 80, rolled(P1) = 120 = rolled(S1) (P2 has no verified figure) = rolled(G1) = tree score;
     * the agency (80 + 120) / 2 = 100, the partner none. Every figure still counts by default.
     */
    @Test
    void rollUpsCountVerifiedFiguresOnlyWhenAsked() {
        for (String indicator : List.of("s1", "p1")) {
            String url = tree + "/indicators/" + indicator + "/realisations/2025/status";
            planner(agency).body(Map.of("status", "SUBMITTED")).post(url).then().statusCode(200);
            inspectorate().body(Map.of("status", "VERIFIED")).post(url).then().statusCode(200);
        }
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("agency", agency)
                .queryParam("figures", "VERIFIED").get("/api/v1/reports/achievement/nodes").then().statusCode(200)
                .body("figures", equalTo("VERIFIED"))
                .body("items.ownScore", contains(null, 80.00f, 120.00f, null, null, null))
                .body("items.rolledUpScore", contains(120.00f, 120.00f, 120.00f, null, null, null))
                .body("items[0].predikat", equalTo("Sangat Baik"));
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("agency", agency)
                .queryParam("figures", "VERIFIED").get("/api/v1/reports/achievement/trees").then().statusCode(200)
                .body("items[0].score", equalTo(120.00f)).body("items[0].withRealisation", equalTo(2));
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("figures", "VERIFIED")
                .get("/api/v1/reports/achievement/agencies").then().statusCode(200)
                .body("items.agency", contains(agency, partner))
                .body("items.score", contains(100.00f, null)).body("items.withRealisation", contains(2, 0));
        assertEquals(106.67f, treeScore());
    }

    @Test
    void aYearWithoutRealisationsHasNoScoresAtAll() {
        analyst().queryParam("period", period).queryParam("year", 2026).queryParam("agency", agency)
                .get("/api/v1/reports/achievement/trees").then().statusCode(200)
                .body("items[0].score", nullValue()).body("items[0].withTarget", equalTo(0));
    }

    @Test
    void answersInCsvWhenAsked() {
        String csv = analyst().accept("text/csv").queryParam("period", period).queryParam("year", 2025)
                .queryParam("agency", agency).get("/api/v1/reports/achievement/nodes")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("agency,node,parent,level,statement,owner,weight,ownScore,rolledUpScore,predikat,colour",
                lines.get(0));
        assertEquals(agency + ",S1,G1,TARGET,Pernyataan S1," + agency + ",4.0,76.25,106.67,Sangat Baik,#1A9850",
                lines.get(2));
        assertEquals(7, lines.size());
    }

    @Test
    void answersAsAWorkbookWhenAskedWithTheCsvColumnsNumbersAsNumbersAndHeadersInTheClientsLanguage() {
        byte[] workbook = analyst().accept(Workbooks.XLSX).queryParam("period", period).queryParam("year", 2025)
                .queryParam("agency", agency).get("/api/v1/reports/achievement/nodes")
                .then().statusCode(200).contentType(startsWith(Workbooks.XLSX))
                .header("Content-Disposition", "attachment; filename=\"reports-achievement-nodes.xlsx\"")
                .extract().asByteArray();
        List<List<String>> rows = Workbooks.sheets(workbook).get("Report");
        assertEquals(List.of("agency", "node", "parent", "level", "statement", "owner", "weight", "ownScore",
                "rolledUpScore", "predikat", "colour"), rows.get(0));
        assertEquals(List.of(agency, "S1", "G1", "TARGET", "Pernyataan S1", agency, "4", "76.25", "106.67", "Sangat Baik",
                "#1A9850"), rows.get(2));
        assertEquals(7, rows.size());
        try (var book = Workbooks.open(workbook)) {
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, book.getSheetAt(0).getRow(2).getCell(7).getCellType());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        byte[] indonesian = analyst().accept(Workbooks.XLSX).header("Accept-Language", "id").queryParam("period", period)
                .queryParam("year", 2025).queryParam("agency", agency).get("/api/v1/reports/achievement/nodes")
                .then().statusCode(200).header("Content-Language", "id").extract().asByteArray();
        assertEquals(List.of("instansi", "node", "induk"), Workbooks.sheets(indonesian).get("Laporan").get(0).subList(0, 3));
    }

    @Test
    void rejectsBadScopes() {
        analyst().queryParam("year", 2025).get("/api/v1/reports/achievement/trees").then().statusCode(400)
                .body("violations[0].parameter", equalTo("period"));
        analyst().queryParam("period", period).get("/api/v1/reports/achievement/trees").then().statusCode(400)
                .body("violations[0].parameter", equalTo("year"));
        analyst().queryParam("period", period).queryParam("year", 2031).get("/api/v1/reports/achievement/trees")
                .then().statusCode(422).body("violations[0].rule", equalTo("YEAR_OUTSIDE_PERIOD"));
        analyst().queryParam("period", period).queryParam("year", "soon").get("/api/v1/reports/achievement/trees")
                .then().statusCode(400);
        analyst().queryParam("period", "1900-1904").queryParam("year", 1900).get("/api/v1/reports/achievement/trees")
                .then().statusCode(404);
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("agency", "NO-SUCH")
                .get("/api/v1/reports/achievement/nodes").then().statusCode(404);
        analyst().queryParam("period", createPeriod(2030, 2034)).queryParam("year", 2030)
                .get("/api/v1/reports/achievement/indicators").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0));
    }
}
