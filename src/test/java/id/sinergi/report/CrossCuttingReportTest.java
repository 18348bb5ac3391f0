package id.sinergi.report;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.measured;
import static id.sinergi.support.Trees.node;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.sinergi.support.SvgDocuments;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * A (G1 -> S1 -> P1) and B (G1 -> S1) both carry code LPR on their goals; A's S1 is linked to B's S1
 * (JOINT_PLANNING, accepted, A leads); C's goal supports A's S1; D is on its own and its link from A is
 * only proposed. Capaian 2025: A's gA 90/100 = 90 and sA 10/10 = 100; B's gB 50/50 = 100 and sB
 * 10/20 = 50; C's gC 12/10 = 120. Rolled up: A/S1 = 100 = A/G1; B/S1 = 50 = B/G1; C/G1 = 120. An
 * outcome's own capaian is its own indicators': A/G1 90, A/S1 100, B/G1 100, B/S1 50.
 */
@QuarkusTest
class CrossCuttingReportTest {

    String period;
    String a;
    String b;
    String c;
    String d;
    String code;

    @BeforeEach
    void setUp() {
        period = createPeriod(2025, 2029);
        a = createAgency("XC-A", "MINISTRY", null);
        b = createAgency("XC-B", "NON_MINISTERIAL_AGENCY", null);
        c = createAgency("XC-C", "NON_MINISTERIAL_AGENCY", null);
        d = createAgency("XC-D", "REGENCY_CITY", null);
        code = "LPR-" + a;
        put(a, List.of(node("G1", null, "GOAL", a, measured("gA", code, "HIGHER_IS_BETTER", 1, 2025, 100)),
                node("S1", "G1", "TARGET", a, measured("sA", null, "HIGHER_IS_BETTER", 1, 2025, 10)),
                node("P1", "S1", "PROGRAM", a)));
        put(b, List.of(node("G1", null, "GOAL", b, measured("gB", code, "HIGHER_IS_BETTER", 1, 2025, 50)),
                node("S1", "G1", "TARGET", b, measured("sB", null, "HIGHER_IS_BETTER", 1, 2025, 20))));
        Map<String, Object> supporting = new HashMap<>(node("G1", null, "GOAL", c, measured("gC", null, "HIGHER_IS_BETTER", 1, 2025, 10)));
        supporting.put("supports", Map.of("agency", a, "period", period, "key", "S1"));
        put(c, List.of(supporting));
        put(d, List.of(node("G1", null, "GOAL", d, measured("gD", null, "HIGHER_IS_BETTER", 1, 2025, 10))));
        realise(a, "gA", 90);
        realise(a, "sA", 10);
        realise(b, "gB", 50);
        realise(b, "sB", 10);
        realise(c, "gC", 12);
        long link = planner(a).body(Map.of("period", period, "from", Map.of("agency", a, "node", "S1"),
                        "to", Map.of("agency", b, "node", "S1"), "relationship", "JOINT_PLANNING", "lead", a))
                .post("/api/v1/crosscutting-links").then().statusCode(201).extract().jsonPath().getLong("id");
        planner(b).post("/api/v1/crosscutting-links/" + link + "/accept").then().statusCode(200);
        planner(a).body(Map.of("period", period, "from", Map.of("agency", a, "node", "P1"), "to", Map.of("agency", d),
                "relationship", "DIALOGUE", "lead", a)).post("/api/v1/crosscutting-links").then().statusCode(201);
    }

    void put(String agency, List<Map<String, Object>> nodes) {
        planner(agency).body(Map.of("nodes", nodes)).put("/api/v1/agencies/" + agency + "/cascades/" + period)
                .then().statusCode(201);
    }

    void realise(String agency, String indicator, int value) {
        planner(agency).body(Map.of("value", value)).put("/api/v1/agencies/" + agency + "/cascades/" + period
                + "/indicators/" + indicator + "/realisations/2025").then().statusCode(201);
    }

    @Test
    void outcomesReachedByMoreThanOneAgency() {
        analyst().queryParam("period", period).queryParam("year", 2025).get("/api/v1/reports/cross-cutting-outcomes")
                .then().statusCode(200)
                .body("items.agency", contains(a, a, b, b))
                .body("items.node", contains("G1", "S1", "G1", "S1"))
                .body("items.lead", contains(a, a, b, a))
                .body("items.ownAchievement", contains(90.00f, 100.00f, 100.00f, 50.00f))
                .body("items.rolledUpAchievement", contains(100.00f, 100.00f, 50.00f, 50.00f))
                // A's goal: B through the shared code and the link under it, C through supports under it
                .body("items[0].contributors.agency", contains(b, c))
                .body("items[0].contributors[0].via", contains("LINK", "SHARED_CODE"))
                .body("items[0].contributors[0].nodes", contains("G1", "S1"))
                .body("items[0].contributors[0].codes", contains(code))
                .body("items[0].contributors[0].relationships", contains("JOINT_PLANNING"))
                .body("items[0].contributors.rolledUpAchievement", contains(50.00f, 120.00f))
                // A's target: B through the accepted link, C through supports
                .body("items[1].contributors.agency", contains(b, c))
                .body("items[1].contributors.via", contains(List.of("LINK"), List.of("SUPPORTS")))
                .body("items[1].contributors[0].relationships", contains("JOINT_PLANNING"))
                .body("items[1].contributors[1].nodes", contains("G1"))
                .body("items[1].contributors.rolledUpAchievement", contains(50.00f, 120.00f))
                // B's goal is reached by A under it but B leads it; B's target is the link's end, led by A
                .body("items[2].contributors[0].via", contains("LINK", "SHARED_CODE"))
                .body("items[3].contributors[0].agency", equalTo(a));
    }

    /** A partner reaching the outcome only through a link that names a code: the code is among its codes. */
    @Test
    void aLinkNamingACodeShowsTheCodeOnItsContributor() {
        String e = createAgency("XC-E", "MINISTRY", null);
        // the code is E's: D's outcome does not carry it, so only the link brings it
        put(e, List.of(node("G1", null, "GOAL", e, measured("gE", "NAMED-" + e, "HIGHER_IS_BETTER", 1, 2025, 10))));
        long link = planner(e).body(Map.of("period", period, "from", Map.of("agency", e, "node", "G1"),
                        "to", Map.of("agency", d, "node", "G1"), "relationship", "JOINT_WORKING", "lead", d,
                        "sharedCode", "NAMED-" + e))
                .post("/api/v1/crosscutting-links").then().statusCode(201).extract().jsonPath().getLong("id");
        planner(d).post("/api/v1/crosscutting-links/" + link + "/accept").then().statusCode(200);
        analyst().queryParam("period", period).queryParam("agency", d).get("/api/v1/reports/cross-cutting-outcomes")
                .then().statusCode(200)
                .body("items.node", contains("G1"))
                .body("items[0].contributors.agency", contains(e))
                .body("items[0].contributors[0].via", contains("LINK"))
                .body("items[0].contributors[0].codes", contains("NAMED-" + e));
    }

    @Test
    void aCodeSharedBelowAnOutcomeDoesNotMakeTheOutcomeCrossCutting() {
        String programmeCode = "PRG-" + a;
        for (String agency : List.of(createAgency("XC-E", "MINISTRY", null), createAgency("XC-F", "MINISTRY", null))) {
            put(agency, List.of(node("G1", null, "GOAL", agency),
                    node("S1", "G1", "TARGET", agency),
                    node("P1", "S1", "PROGRAM", agency, measured("p", programmeCode, "HIGHER_IS_BETTER", 1, 2025, 5))));
        }
        analyst().queryParam("period", period).get("/api/v1/reports/cross-cutting-outcomes")
                .then().statusCode(200).body("items.agency", contains(a, a, b, b));
    }

    @Test
    void withoutAYearThereIsNoCapaian() {
        analyst().queryParam("period", period).get("/api/v1/reports/cross-cutting-outcomes")
                .then().statusCode(200).body("year", nullValue())
                .body("items", hasSize(4)).body("items[0].ownAchievement", nullValue())
                .body("items[0].rolledUpAchievement", nullValue());
    }

    @Test
    void matrixCellsPerOutcomeAndSharedCode() {
        analyst().queryParam("period", period).queryParam("year", 2025).get("/api/v1/reports/crosscutting-matrix")
                .then().statusCode(200)
                .body("agencies", contains(a, b, c))
                .body("rows.kind", contains("OUTCOME", "OUTCOME", "OUTCOME", "OUTCOME", "SHARED_CODE"))
                .body("rows[1].id", equalTo(a + "/S1"))
                .body("rows[1].cells." + a + ".role", equalTo("LEAD"))
                .body("rows[1].cells." + a + ".relationships", contains("JOINT_PLANNING"))
                .body("rows[1].cells." + a + ".ownAchievement", equalTo(100.00f))
                .body("rows[1].cells." + a + ".rolledUpAchievement", equalTo(100.00f))
                .body("rows[1].cells." + a + ".indicatorAchievement", nullValue())
                .body("rows[1].cells." + b + ".role", equalTo("CONTRIBUTOR"))
                .body("rows[1].cells." + b + ".nodes", contains("S1"))
                .body("rows[1].cells." + c + ".rolledUpAchievement", equalTo(120.00f))
                .body("rows[1].cells." + c + ".ownAchievement", nullValue())
                .body("rows[1].cells." + c + ".relationships", empty())
                .body("rows[4].id", equalTo(code))
                .body("rows[4].cells." + a + ".role", equalTo("LEAD"))
                .body("rows[4].cells." + a + ".indicatorAchievement", equalTo(90.00f))
                .body("rows[4].cells." + a + ".rolledUpAchievement", nullValue())
                .body("rows[4].cells." + b + ".indicatorAchievement", equalTo(100.00f));
        String csv = analyst().accept("text/csv").queryParam("period", period).queryParam("year", 2025)
                .get("/api/v1/reports/crosscutting-matrix").then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("kind,row,label,agency,role,nodes,relationships,ownAchievement,rolledUpAchievement,indicatorAchievement",
                lines.get(0));
        assertEquals("SHARED_CODE," + code + ",\"orang, HIGHER_IS_BETTER\"," + b + ",CONTRIBUTOR,G1,,,,100.00",
                lines.get(lines.size() - 1));

        // the heatmap: a cell per non-empty cell, coloured by the band of its capaian (90 and 100: Sangat Baik)
        Document heatmap = SvgDocuments.svg(analyst().accept("image/svg+xml").queryParam("period", period)
                .queryParam("year", 2025).get("/api/v1/reports/crosscutting-matrix").then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).extract().asByteArray());
        List<String> cells = SvgDocuments.strings(heatmap, "//*[local-name()='g' and *[local-name()='rect']]/*[local-name()='title']");
        assertEquals(lines.size() - 1, cells.size(), cells.toString());
        assertTrue(cells.contains(b + " \u00b7 " + code + " \u00b7 CONTRIBUTOR \u00b7 capaian 100.00 (Sangat Baik)"), cells.toString());
        assertEquals(List.of(a, b, c), SvgDocuments.texts(heatmap, "agency"));
    }

    /** Four outcomes and one shared code: pages count outcomes, and the matrix counts both as one list. */
    @Test
    void pagedByOutcomeAndByMatrixRow() {
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("page", 1).queryParam("size", 3)
                .get("/api/v1/reports/cross-cutting-outcomes").then().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(1)).body("size", equalTo(3))
                .body("items.agency", contains(b)).body("items.node", contains("S1"))
                .body("items[0].contributors.agency", contains(a));
        analyst().queryParam("period", period).queryParam("page", 2).queryParam("size", 3)
                .get("/api/v1/reports/cross-cutting-outcomes").then().statusCode(200)
                .body("total", equalTo(4)).body("items", empty());
        analyst().queryParam("period", period).queryParam("agency", b)
                .get("/api/v1/reports/cross-cutting-outcomes").then().statusCode(200)
                .body("total", equalTo(2)).body("items.node", contains("G1", "S1"));
        analyst().queryParam("period", period).queryParam("agency", "NO-SUCH-AGENCY")
                .get("/api/v1/reports/cross-cutting-outcomes").then().statusCode(404);
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("page", 1).queryParam("size", 3)
                .get("/api/v1/reports/crosscutting-matrix").then().statusCode(200)
                .body("total", equalTo(5)).body("rows.kind", contains("OUTCOME", "SHARED_CODE"))
                .body("rows.id", contains(b + "/S1", code)).body("agencies", contains(a, b));
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("page", 0).queryParam("size", 4)
                .get("/api/v1/reports/crosscutting-matrix").then().statusCode(200)
                .body("total", equalTo(5)).body("rows", hasSize(4));
        analyst().queryParam("period", period).queryParam("year", 2025).queryParam("size", 0)
                .get("/api/v1/reports/crosscutting-matrix").then().statusCode(400);
    }

    @Test
    void anEmptyPeriodHasNoOutcomes() {
        String empty = createPeriod(2030, 2034);
        analyst().queryParam("period", empty).get("/api/v1/reports/cross-cutting-outcomes")
                .then().statusCode(200).body("items", empty());
        analyst().queryParam("period", empty).queryParam("year", 2030).get("/api/v1/reports/crosscutting-matrix")
                .then().statusCode(200).body("rows", empty()).body("agencies", empty());
        analyst().queryParam("period", empty).get("/api/v1/reports/crosscutting-matrix").then().statusCode(400);
    }
}
