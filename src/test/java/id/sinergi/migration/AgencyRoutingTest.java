package id.sinergi.migration;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Api.token;
import static id.sinergi.support.Api.verifier;
import static id.sinergi.support.Trees.measured;
import static id.sinergi.support.Trees.node;
import static id.sinergi.support.Trees.with;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.sinergi.support.PendingScores;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every statement an agency's own work sends (its tree, realisations, evidence, agreement, action plan and
 * budget, and the rescoring they start) can be routed to that agency's shard once the tables are distributed
 * (docs/scaling.md): it ties each distributed table it touches to agency_id (AgencyRouting). Reports across
 * agencies are not in this walk: they run on every shard by design.
 */
@QuarkusTest
class AgencyRoutingTest {

    /** Statements of an agency's work that read across agencies on purpose, with why. */
    private static final Map<String, String> ACROSS_AGENCIES = Map.of(
            "from score_pending order by tree_id", "the scoring worker takes the notes of every agency's trees",
            "in (select tree_id, agency_id from score_pending)", "a report waits for its period's notes, of every agency",
            "where s.id = :superior", "an agreement's superior is another agency's agreement, known by its id",
            "select distinct on (i.code)", "a submission's shared KPI codes are checked against their use in any agency's tree");

    @Inject
    Jdbi jdbi;

    @Inject
    DataSource dataSource;

    @Inject
    @PersistenceUnitExtension
    RecordedStatements recorded;

    @AfterEach
    void stopRecording() {
        jdbi.setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
        recorded.stop();
    }

    @Test
    void anAgencysYearIsRoutedToItsShard() throws Exception {
        String period = createPeriod(2025, 2029);
        String superior = createAgency("PEMKAB", "REGENCY_CITY", null);
        String agency = createAgency("DINKES", "REGIONAL_OFFICE", superior);
        String tree = "/api/v1/agencies/" + agency + "/cascades/" + period;
        String superiorTree = "/api/v1/agencies/" + superior + "/cascades/" + period;
        planner(superior).body(Map.of("nodes", List.of(node("G1", null, "GOAL", superior),
                node("S1", "G1", "TARGET", superior, measured("IKU-1", null, "HIGHER_IS_BETTER", 1, 2026, 75)))))
                .put(superiorTree).then().statusCode(201);
        planner(superior).header("If-Match", "\"1\"").post(superiorTree + "/submit").then().statusCode(200);
        planner(superior).header("If-Match", "\"1\"").post(superiorTree + "/finalize").then().statusCode(200);
        planner(superior).body(parties()).post(superiorTree + "/agreements/2026").then().statusCode(201);
        planner(superior).post(superiorTree + "/agreements/2026/signature").then().statusCode(200);
        jdbi.setSqlLogger(recorded.jdbi());
        recorded.start();

        planner(agency).body(tree(agency, 80)).put(tree).then().statusCode(201);
        planner(agency).header("If-Match", "\"1\"").body(tree(agency, 85)).put(tree).then().statusCode(200);
        analyst().get(tree).then().statusCode(200);
        analyst().accept("image/svg+xml").queryParam("year", 2026).get(tree).then().statusCode(200);
        analyst().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").get(tree).then().statusCode(200);
        analyst().get(tree + "/versions").then().statusCode(200);
        analyst().get(tree + "/versions/1").then().statusCode(200);
        analyst().queryParam("from", 1).queryParam("to", 2).get(tree + "/diff").then().statusCode(200);
        analyst().get(tree + "/nodes/P1").then().statusCode(200);
        planner(agency).header("If-Match", "\"2\"").post(tree + "/submit").then().statusCode(200);
        planner(agency).header("If-Match", "\"2\"").post(tree + "/finalize").then().statusCode(200);

        String realisation = tree + "/indicators/I-S1/realisations/2026";
        planner(agency).body(Map.of("value", 70)).put(realisation).then().statusCode(201);
        planner(agency).body(Map.of("value", 72, "note", "Triwulan IV")).put(realisation).then().statusCode(200);
        String evidence = given().auth().oauth2(token("planner", agency, false)).contentType("text/csv")
                .body("bulan,nilai\n12,72\n".getBytes(StandardCharsets.UTF_8)).queryParam("name", "rekap.csv")
                .post(realisation + "/evidence").then().statusCode(201).extract().header("Location");
        analyst().get(realisation + "/evidence").then().statusCode(200);
        analyst().get(evidence).then().statusCode(200);
        planner(agency).delete(evidence).then().statusCode(204);
        planner(agency).body(Map.of("status", "SUBMITTED")).post(realisation + "/status").then().statusCode(200);
        verifier(superior).body(Map.of("status", "VERIFIED")).post(realisation + "/status").then().statusCode(200);
        analyst().get(realisation + "/status").then().statusCode(200);
        analyst().get(realisation + "/history").then().statusCode(200);
        analyst().get(tree + "/indicators/I-S1/realisations").then().statusCode(200);
        analyst().get(tree + "/realisations").then().statusCode(200);
        analyst().get(tree + "/indicators/I-S1/figures/2026").then().statusCode(200);

        String budget = tree + "/budgets/2026";
        planner(agency).body(Map.of("lines", List.of(Map.of("node", "K1", "originalCeiling", 1_000_000,
                "spending", List.of(Map.of("month", 1, "amount", 100_000)))))).put(budget).then().statusCode(200);
        planner(agency).body(Map.of("lines", List.of(Map.of("node", "K1", "amount", 250_000))))
                .put(budget + "/spending/2").then().statusCode(200);
        analyst().get(budget).then().statusCode(200);

        String agreement = tree + "/agreements/2026";
        Map<String, Object> drawn = new LinkedHashMap<>(parties());
        drawn.put("superior", superior);
        planner(agency).body(drawn).post(agreement).then().statusCode(201);
        planner(agency).post(agreement + "/signature").then().statusCode(200);
        planner(agency).body(Map.of(
                        "indicators", List.of(Map.of("key", "I-S1", "quarters", List.of(Map.of("quarter", 1, "value", 20),
                                Map.of("quarter", 2, "value", 40), Map.of("quarter", 3, "value", 60),
                                Map.of("quarter", 4, "value", 85)))),
                        "activities", List.of(Map.of("node", "K1", "weights",
                                List.of(5, 5, 5, 10, 10, 10, 10, 10, 10, 10, 10, 5)))))
                .put(agreement + "/action-plan").then().statusCode(200);
        analyst().get(agreement).then().statusCode(200);
        analyst().get(agreement + "/versions").then().statusCode(200);
        analyst().get(agreement + "/action-plan").then().statusCode(200);
        new PendingScores(dataSource, agency, period).settle();

        List<String> statements = recorded.stop();
        ACROSS_AGENCIES.keySet().forEach(named -> assertTrue(statements.stream().anyMatch(sql -> sql.contains(named)),
                () -> "no statement of the walk contains '" + named + "': take it off the list"));
        Map<String, List<String>> unrouted = new LinkedHashMap<>();
        for (String sql : statements) {
            List<String> violations = AgencyRouting.violations(sql);
            if (!violations.isEmpty() && ACROSS_AGENCIES.keySet().stream().noneMatch(sql::contains)) {
                unrouted.putIfAbsent(sql.strip(), violations);
            }
        }
        assertEquals(Map.of(), unrouted, () -> unrouted.size() + " of " + statements.size() + " statements are not routed:\n"
                + unrouted.entrySet().stream().map(e -> e.getValue() + "\n    " + e.getKey().replaceAll("\\s+", " "))
                        .collect(Collectors.joining("\n")));
    }

    /**
     * The SQL functions that rework one tree (called by the walk above, whose recording sees only the call) take
     * the agency first, as p_agency, and name it in each statement of their bodies.
     */
    @Test
    void theFunctionsThatReworkATreeNameItsAgencyInEveryStatement() throws Exception {
        Map<String, List<String>> unrouted = new TreeMap<>();
        Set<String> functions = new TreeSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select proname, prosrc from pg_proc where proargnames[1] = 'p_agency'")) {
            while (rows.next()) {
                functions.add(rows.getString("proname"));
                for (String part : rows.getString("prosrc").split(";")) {
                    List<String> violations = AgencyRouting.violations(part.replace("p_agency", ":agency"));
                    if (!violations.isEmpty()) {
                        unrouted.put(rows.getString("proname") + ": " + part.strip().replaceAll("\\s+", " "), violations);
                    }
                }
            }
        }
        assertEquals(Set.of("derive_figures", "refresh_budget_rollup", "refresh_scores"), functions);
        assertEquals(Map.of(), unrouted);
    }

    private static Map<String, Object> parties() {
        return Map.of("firstParty", Map.of("name", "dr. Sri Wahyuni", "position", "Kepala Dinas"),
                "secondParty", Map.of("name", "Ir. Budi Santoso", "position", "Bupati"));
    }

    private static Map<String, Object> tree(String agency, Number target) {
        return Map.of("nodes", List.of(
                node("G1", null, "GOAL", agency),
                node("S1", "G1", "TARGET", agency, measured("I-S1", "IKU-ROUTING", "HIGHER_IS_BETTER", 1, 2026, target)),
                with(node("P1", "S1", "PROGRAM", agency), "code", "1.02.02"),
                with(node("K1", "P1", "ACTIVITY", agency, measured("I-K1", null, "HIGHER_IS_BETTER", 1, 2026, 5)),
                        "code", "1.02.02.2.01")));
    }
}
