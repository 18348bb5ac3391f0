package id.sinergi.cascade;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.SvgDocuments.count;
import static id.sinergi.support.SvgDocuments.svg;
import static id.sinergi.support.SvgDocuments.texts;
import static id.sinergi.support.SvgDocuments.titles;
import static id.sinergi.support.Trees.example;
import static id.sinergi.support.Trees.node;
import static id.sinergi.support.Trees.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import id.sinergi.support.PendingScores;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The pohon kinerja as SVG: Accept: image/svg+xml on a tree or a node. */
@QuarkusTest
class TreePictureResourceTest {

    static final String SVG = "image/svg+xml";

    String agency;
    String period;
    String tree;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void newTree() {
        agency = createAgency("GAMBAR", "MINISTRY", null);
        period = createPeriod(2025, 2029);
        tree = "/api/v1/agencies/" + agency + "/cascades/" + period;
    }

    @Test
    void drawsEveryNodeWithItsOwnerAndTheYearsCapaianInItsBandsColour() {
        planner(agency).body(example(agency)).put(tree).then().statusCode(201);
        planner(agency).body(Map.of("value", 75)).put(tree + "/indicators/IKU-S1-1/realisations/2025").then().statusCode(201);

        Document svg = svg(analyst().accept(SVG).queryParam("year", 2025).get(tree).then().statusCode(200)
                .contentType(startsWith(SVG)).extract().asByteArray());
        List<String> boxes = titles(svg);
        assertEquals(5, boxes.size(), boxes.toString());
        assertTrue(boxes.get(1).startsWith("S1 \u00b7 Meningkatnya penyelesaian pengaduan"), boxes.get(1));
        assertTrue(boxes.get(1).contains(agency), boxes.get(1));
        // 75 of a target of 75: capaian 100, the top band (Sangat Baik, #1A9850 by default), rolled up to T1
        assertTrue(boxes.get(1).endsWith("capaian 100.00 (Sangat Baik)"), boxes.get(1));
        assertTrue(boxes.get(0).endsWith("capaian 100.00 (Sangat Baik)"), boxes.get(0));
        assertEquals(2, count(svg, "//*[local-name()='rect' and starts-with(@class, 'node') and @stroke='#1A9850']"));
        assertEquals(3, count(svg, "//*[local-name()='rect' and starts-with(@class, 'node') and @stroke='"
                + TreePicture.NO_SCORE + "']"));
        assertEquals(4, count(svg, "//*[local-name()='path' and @class='edge']"));
        assertEquals(List.of("Tujuan", "Sasaran", "Program", "Kegiatan"), texts(svg, "row"));

        // the JSON answer is still the default, and what */* gets
        analyst().get(tree).then().statusCode(200).contentType(startsWith("application/json"));
        analyst().accept("*/*").get(tree).then().statusCode(200).contentType(startsWith("application/json"));
    }

    /** The capaian drawn is never older than the figures: a picture asked while a rescoring is pending does it first. */
    @Test
    void aPictureDoesThePendingRescoringFirst() throws Exception {
        planner(agency).body(example(agency)).put(tree).then().statusCode(201);
        planner(agency).body(Map.of("value", 75)).put(tree + "/indicators/IKU-S1-1/realisations/2025").then().statusCode(201);
        new PendingScores(dataSource, agency, period).spoil(2025);
        List<String> boxes = titles(svg(analyst().accept(SVG).queryParam("year", 2025).get(tree).then().statusCode(200)
                .extract().asByteArray()));
        assertTrue(boxes.get(1).endsWith("capaian 100.00 (Sangat Baik)"), boxes.get(1));
    }

    @Test
    void aNodesSubtreeDepthLimitsAndBadParameters() {
        planner(agency).body(example(agency)).put(tree).then().statusCode(201);

        List<String> subtree = titles(svg(analyst().accept(SVG).get(tree + "/nodes/P1").then().statusCode(200)
                .extract().asByteArray()));
        assertEquals(List.of("P1", "K1", "K2"), subtree.stream().map(t -> t.substring(0, 2)).toList());

        Document shallow = svg(analyst().accept(SVG).queryParam("depth", 2).get(tree).then().statusCode(200)
                .extract().asByteArray());
        assertEquals(List.of("T1", "S1", "+3 node di bawah"), titles(shallow).stream()
                .map(t -> t.startsWith("+") ? t : t.substring(0, 2)).toList());

        analyst().accept(SVG).get(tree + "/nodes/NOPE").then().statusCode(404).contentType("application/problem+json");
        analyst().accept(SVG).queryParam("depth", 6).get(tree).then().statusCode(400)
                .body("violations[0].rule", equalTo("DEPTH_OUT_OF_RANGE"));
        analyst().accept(SVG).queryParam("year", 2031).get(tree).then().statusCode(422)
                .body("violations[0].rule", equalTo("YEAR_OUTSIDE_PERIOD"));
        analyst().accept(SVG).get("/api/v1/agencies/" + agency + "/cascades/NOPE").then().statusCode(404);
    }

    @Test
    void userTextIsTextNeverMarkup() {
        Map<String, Object> goal = with(node("G1", null, "GOAL", agency),
                "statement", "<script>alert(1)</script> & \"kutip\" ]]>");
        planner(agency).body(Map.of("nodes", List.of(goal))).put(tree).then().statusCode(201);

        Document svg = svg(analyst().accept(SVG).get(tree).then().statusCode(200).extract().asByteArray());
        assertEquals(0, count(svg, "//*[local-name()='script']"));
        assertTrue(titles(svg).get(0).contains("<script>alert(1)</script> & \"kutip\" ]]>"), titles(svg).get(0));
    }

    @Test
    void linesToTheNodesOfOtherAgenciesItSupportsAndFromThoseThatSupportIt() {
        String other = createAgency("DIDUKUNG", "MINISTRY", null);
        planner(other).body(example(other)).put("/api/v1/agencies/" + other + "/cascades/" + period).then().statusCode(201);
        Map<String, Object> goal = with(node("G1", null, "GOAL", agency),
                "supports", Map.of("agency", other, "period", period, "key", "S1"));
        planner(agency).body(Map.of("nodes", List.of(goal))).put(tree).then().statusCode(201);

        Document svg = svg(analyst().accept(SVG).get(tree).then().statusCode(200).extract().asByteArray());
        assertEquals(1, count(svg, "//*[local-name()='path' and @class='supports']"));
        assertTrue(titles(svg).contains(other + " \u00b7 S1 \u00b7 mendukung (supports)"), titles(svg).toString());
        assertTrue(texts(svg, "row").contains("Instansi lain"));

        // and the other way round: the supported tree shows who supports its S1, from their current trees only
        Document supported = svg(analyst().accept(SVG).get("/api/v1/agencies/" + other + "/cascades/" + period).then()
                .statusCode(200).extract().asByteArray());
        assertEquals(1, count(supported, "//*[local-name()='path' and @class='supports']"));
        assertTrue(titles(supported).contains(agency + " \u00b7 G1 \u00b7 didukung oleh (supported by)"),
                titles(supported).toString());
        planner(agency).header("If-Match", "\"1\"").body(Map.of("nodes", List.of(node("G1", null, "GOAL", agency))))
                .put(tree).then().statusCode(200);
        Document revised = svg(analyst().accept(SVG).get("/api/v1/agencies/" + other + "/cascades/" + period).then()
                .statusCode(200).extract().asByteArray());
        assertEquals(0, count(revised, "//*[local-name()='path' and @class='supports']"));
    }

    @Test
    void fiveHundredNodesStayReadable() {
        List<Map<String, Object>> nodes = new ArrayList<>();
        nodes.add(node("G", null, "GOAL", agency));
        for (int s = 0; s < 4; s++) {
            nodes.add(node("S" + s, "G", "TARGET", agency));
            for (int p = 0; p < 5; p++) {
                String program = "P" + s + "-" + p;
                nodes.add(node(program, "S" + s, "PROGRAM", agency));
                for (int k = 0; k < 24; k++) {
                    nodes.add(node("K" + s + "-" + p + "-" + k, program, "ACTIVITY", agency));
                }
            }
        }
        assertEquals(505, nodes.size());
        planner(agency).body(Map.of("nodes", nodes)).put(tree).then().statusCode(201);

        // 240 activities side by side would be 50,000 pixels wide: the activities fold into one box per programme
        Document svg = svg(analyst().accept(SVG).get(tree).then().statusCode(200).extract().asByteArray());
        List<String> boxes = titles(svg);
        assertEquals(1 + 4 + 20 + 20, boxes.size(), boxes.toString());
        assertEquals(20, boxes.stream().filter(t -> t.equals("+24 node di bawah")).count());
        assertTrue(texts(svg, "legend").get(0).contains("480 node dilipat"), texts(svg, "legend").get(0));
        assertTrue(Double.parseDouble(svg.getDocumentElement().getAttribute("width")) < 5000);

        // a programme's own picture: 11 of its 24 activities and one box for the other 13
        List<String> programme = titles(svg(analyst().accept(SVG).get(tree + "/nodes/P0-0").then().statusCode(200)
                .extract().asByteArray()));
        assertEquals(1 + 11 + 1, programme.size(), programme.toString());
        assertEquals("+13 node lain", programme.get(programme.size() - 1));
    }
}
