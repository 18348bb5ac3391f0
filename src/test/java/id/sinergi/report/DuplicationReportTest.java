package id.sinergi.report;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.indicator;
import static id.sinergi.support.Trees.node;
import static id.sinergi.support.Trees.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * D1 and D3 run the very same programme statement, D2 nearly the same; D1's and D2's activities carry
 * the same code. D1 has a link to D3 on its programme, so that pair is coordinated, not a duplicate.
 */
@QuarkusTest
class DuplicationReportTest {

    static final String PROGRAMME = "Program peningkatan pelayanan pengaduan masyarakat terpadu";

    String period;
    String d1;
    String d2;
    String d3;
    String code;

    @BeforeEach
    void setUp() {
        period = createPeriod(2025, 2029);
        d1 = createAgency("DUP-1", "REGENCY_CITY", null);
        d2 = createAgency("DUP-2", "REGENCY_CITY", null);
        d3 = createAgency("DUP-3", "REGENCY_CITY", null);
        code = "DUPC-" + d1;
        put(d1, PROGRAMME, "Kegiatan digitalisasi arsip kependudukan", code);
        put(d2, PROGRAMME + " daerah", "Pembangunan jalan desa", code);
        put(d3, PROGRAMME, "Pelatihan guru sekolah dasar", null);
        planner(d1).body(Map.of("period", period, "from", Map.of("agency", d1, "node", "P1"), "to", Map.of("agency", d3),
                "relationship", "DIALOGUE", "lead", d1)).post("/api/v1/crosscutting-links").then().statusCode(201);
    }

    void put(String agency, String programme, String activity, String activityCode) {
        planner(agency).body(Map.of("nodes", List.of(
                        with(node("G1", null, "GOAL", agency), "statement", "Tujuan " + agency),
                        with(node("S1", "G1", "TARGET", agency), "statement", "Sasaran " + agency),
                        with(node("P1", "S1", "PROGRAM", agency), "statement", programme),
                        with(node("K1", "P1", "ACTIVITY", agency, indicator("k", activityCode, "dokumen", "HIGHER_IS_BETTER", 2025, 5)),
                                "statement", activity))))
                .put("/api/v1/agencies/" + agency + "/cascades/" + period).then().statusCode(201);
    }

    @Test
    void sameCodeOrNearIdenticalStatementsWithoutALink() {
        analyst().queryParam("period", period).get("/api/v1/reports/duplication").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.agency", contains(d1, d1, d2))
                .body("items.node", contains("P1", "K1", "P1"))
                .body("items.otherAgency", contains(d2, d2, d3))
                .body("items.reasons", contains(List.of("SIMILAR_STATEMENT"), List.of("SHARED_CODE"), List.of("SIMILAR_STATEMENT")))
                .body("items[1].codes", contains(code))
                .body("items[0].codes", empty())
                .body("items[0].similarity", greaterThan(0.8f))
                .body("items[0].level", equalTo("PROGRAM"));
    }

    /** CSV: one line per pair, codes space-separated and empty for a pair found by its statements alone. */
    @Test
    void csvHasALinePerPair() {
        String csv = analyst().accept("text/csv").queryParam("period", period).get("/api/v1/reports/duplication").then()
                .statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(4, lines.size(), csv);
        assertTrue(lines.get(1).contains(",SIMILAR_STATEMENT,,"), lines.get(1));
        assertTrue(lines.get(2).contains(",SHARED_CODE," + code + ","), lines.get(2));
    }

    @Test
    void aStricterThresholdKeepsOnlyIdenticalStatements() {
        analyst().queryParam("period", period).queryParam("threshold", "1").get("/api/v1/reports/duplication").then()
                .statusCode(200).body("items.reasons", contains(List.of("SHARED_CODE")));
        analyst().queryParam("period", period).queryParam("threshold", "2").get("/api/v1/reports/duplication").then()
                .statusCode(400).body("violations[0].parameter", equalTo("threshold"));
        analyst().queryParam("period", period).queryParam("threshold", "abc").get("/api/v1/reports/duplication").then()
                .statusCode(400);
    }

    /** Word order, case and punctuation aside, one word more is near-identical; two replaced words are not. */
    @Test
    void nearIdenticalMeansTheSameWordsButForOne() {
        String d4 = createAgency("DUP-4", "REGENCY_CITY", null);
        String d5 = createAgency("DUP-5", "REGENCY_CITY", null);
        put(d4, "TERPADU program: peningkatan pelayanan, pengaduan masyarakat", "Pelatihan bidan desa", null);
        put(d5, "Program peningkatan layanan aduan masyarakat terpadu", "Penyuluhan pertanian organik", null);
        analyst().queryParam("period", period).queryParam("agency", d4).get("/api/v1/reports/duplication").then()
                .statusCode(200)
                .body("items.agency", contains(d4, d4, d4)).body("items.node", contains("P1", "P1", "P1"))
                .body("items.otherAgency", containsInAnyOrder(d1, d2, d3))
                .body("items.reasons", everyItem(contains("SIMILAR_STATEMENT")));
        analyst().queryParam("period", period).queryParam("agency", d5).get("/api/v1/reports/duplication").then()
                .statusCode(200).body("items", empty()).body("total", nullValue());
    }

    @Test
    void pagedInAgencyOrder() {
        List<String> all = analyst().queryParam("period", period).get("/api/v1/reports/duplication").then()
                .statusCode(200).extract().path("items.otherNode");
        analyst().queryParam("period", period).queryParam("page", 1).queryParam("size", 1)
                .get("/api/v1/reports/duplication").then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(1))
                .body("items.otherNode", contains(all.get(1))).body("items.agency", contains(d1));
        analyst().queryParam("period", period).queryParam("page", 3).queryParam("size", 1)
                .get("/api/v1/reports/duplication").then().statusCode(200).body("items", empty());
    }
}
