package id.sinergi.cascade;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.chain;
import static id.sinergi.support.Trees.example;
import static id.sinergi.support.Trees.indicator;
import static id.sinergi.support.Trees.node;
import static id.sinergi.support.Trees.with;
import static id.sinergi.support.Workbooks.XLSX;
import static id.sinergi.support.Workbooks.build;
import static id.sinergi.support.Workbooks.row;
import static id.sinergi.support.Workbooks.sheets;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Trees as workbooks: the template, a tree read as .xlsx and sent back, and workbooks that break the rules. */
@QuarkusTest
class TreeWorkbookResourceTest {

    static final Path TEMPLATE = Path.of("examples/cascade-tree-template.xlsx");
    static final Path EXAMPLE = Path.of("examples/lapor-kemenpanrb.xlsx");
    static final List<String> SHEETS = List.of("Nodes", "Indicators", "Targets", "Scales", "Budget", "Inputs", "Guide");

    String agency;
    String period;
    String tree;

    @BeforeEach
    void newTree() {
        agency = createAgency("BUKU", "MINISTRY", null);
        period = createPeriod(2025, 2029);
        tree = "/api/v1/agencies/" + agency + "/cascades/" + period;
    }

    @Test
    void theTemplateHasEverySheetItsHeadersListsAndGuideInEitherLanguageAndIsShippedInExamples() throws IOException {
        byte[] english = analyst().accept(XLSX).get("/api/v1/templates/cascade-tree").then().statusCode(200)
                .contentType(startsWith(XLSX)).header("Content-Disposition", "attachment; filename=\"templates-cascade-tree.xlsx\"")
                .extract().asByteArray();
        Map<String, List<List<String>>> sheets = sheets(english);
        assertEquals(SHEETS, List.copyOf(sheets.keySet()));
        assertEquals(List.of("key", "parent", "level", "statement", "ownerAgency", "ownerPosition", "supportsAgency",
                "supportsPeriod", "supportsKey", "code", "tags"), sheets.get("Nodes").get(0));
        assertEquals(1, sheets.get("Nodes").size(), "the template has headers only");
        assertEquals(List.of("indicator", "year", "quarter", "value", "min", "max", "label"), sheets.get("Targets").get(0));
        // the guide: a row per column of every sheet, with the closed sets listed
        List<List<String>> guide = sheets.get("Guide");
        assertEquals(List.of("sheet", "column", "allowed", "meaning"), guide.get(0));
        assertEquals(List.of("Nodes", "level", "GOAL, TARGET, PROGRAM, ACTIVITY, SUB_ACTIVITY"), guide.get(3).subList(0, 3));
        assertTrue(guide.get(3).get(3).startsWith("Required."), guide.get(3).toString());
        assertEquals(11 + 16 + 7 + 3 + 3 + 3 + 1, guide.size());
        try (XSSFWorkbook book = id.sinergi.support.Workbooks.open(english)) {
            XSSFSheet nodes = book.getSheet("Nodes");
            assertEquals(1, nodes.getDataValidations().size(), "the level column offers its values");
            assertEquals(4, book.getSheet("Indicators").getDataValidations().size(),
                    "polarity, combine, reporting and accumulation offer theirs");
        }

        byte[] indonesian = analyst().accept(XLSX).header("Accept-Language", "id").get("/api/v1/templates/cascade-tree")
                .then().statusCode(200).header("Content-Language", "id").extract().asByteArray();
        Map<String, List<List<String>>> lembar = sheets(indonesian);
        assertEquals(List.of("Node", "Indikator", "Target", "Skala", "Anggaran", "Input", "Petunjuk"), List.copyOf(lembar.keySet()));
        assertEquals(List.of("kunci", "induk", "level", "pernyataan", "instansi_penanggung_jawab"),
                lembar.get("Node").get(0).subList(0, 5));
        assertTrue(lembar.get("Petunjuk").get(1).get(3).startsWith("Wajib."), lembar.get("Petunjuk").get(1).toString());

        if (Boolean.getBoolean("workbook.update")) {
            Files.write(TEMPLATE, english);
        }
        assertEquals(sheets, sheets(Files.readAllBytes(TEMPLATE)),
                "examples/cascade-tree-template.xlsx is not what the API serves; regenerate it with "
                        + "./mvnw test -Dtest=TreeWorkbookResourceTest -Dworkbook.update=true");
    }

    @Test
    void aTreeReadAsAWorkbookAndSentBackIsTheSameTreeInEitherLanguage() throws IOException {
        String other = createAgency("DUKUNG", "MINISTRY", null);
        planner(other).body(chain(other, 2025)).put("/api/v1/agencies/" + other + "/cascades/" + period).then().statusCode(201);
        Map<String, Object> quarterly = new LinkedHashMap<>(indicator("I-Q", "KODE-Q", "dokumen", "HIGHER_IS_BETTER", 2025, 1));
        quarterly.put("reporting", "QUARTERLY");
        quarterly.put("accumulation", "CUMULATIVE");
        quarterly.put("weight", 0.75);
        quarterly.put("baseline", Map.of("year", 2024, "value", 62.5));
        quarterly.put("targets", List.of(Map.of("year", 2025, "value", 100, "quarters", List.of(
                Map.of("quarter", 1, "value", 20), Map.of("quarter", 2, "value", 45.5),
                Map.of("quarter", 3, "value", 70), Map.of("quarter", 4, "value", 100))),
                Map.of("year", 2026, "value", 120)));
        Map<String, Object> qualitative = new LinkedHashMap<>(indicator("I-OPINI", null, "opini", "HIGHER_IS_BETTER", 2025, 0));
        qualitative.put("accumulation", "QUALITATIVE");
        qualitative.put("targets", List.of(Map.of("year", 2025, "label", "WDP"), Map.of("year", 2026, "label", "WTP")));
        qualitative.put("scale", List.of(Map.of("label", "TMP", "score", 25), Map.of("label", "WDP", "score", 75),
                Map.of("label", "WTP", "score", 100)));
        qualitative.put("iku", true);
        qualitative.put("definition", "+ opini BPK atas laporan keuangan");
        Map<String, Object> sent = Map.of("nodes", List.of(
                node("G1", null, "GOAL", agency, quarterly, qualitative),
                with(node("S1", "G1", "TARGET", agency, indicator("I-S1", null, "persen", "RANGE", 2025, 5)),
                        "statement", "=HYPERLINK(\"http://contoh.invalid\",\"klik\")", "tags", List.of("SDG16", "prioritas nasional"),
                        "supports", Map.of("agency", other, "period", period, "key", "S1")),
                with(node("P1", "S1", "PROGRAM", agency, indicator("I-P1", null, "hari", "LOWER_IS_BETTER", 2025, 5)),
                        "code", "1.02.02"),
                with(node("K1", "P1", "ACTIVITY", agency, indicator("I-K1", null, "persen", "HIGHER_IS_BETTER", 2025, 5)),
                        "code", "1.02.02.2.01", "statement", "@pusat -data",
                        "inputs", Map.of("budget", Map.of("2025", 1500000000, "2026", 1650000000.5), "staff", 4.5,
                                "facilities", "-ruang server")),
                with(node("K2", "P1", "ACTIVITY", agency), "inputs", Map.of("budget", Map.of("2027", 250000000)))));
        planner(agency).body(sent).put(tree).then().statusCode(201);
        Object first = nodes(1);

        ExtractableResponse<Response> read = analyst().accept(XLSX).get(tree).then().statusCode(200)
                .contentType(startsWith(XLSX)).header("ETag", startsWith("\"1.")).extract();
        byte[] workbook = read.asByteArray();
        Map<String, List<List<String>>> sheets = sheets(workbook);
        assertEquals(SHEETS, List.copyOf(sheets.keySet()));
        assertEquals(List.of("S1", "G1", "TARGET", "=HYPERLINK(\"http://contoh.invalid\",\"klik\")"),
                sheets.get("Nodes").get(2).subList(0, 4));
        assertEquals("SDG16, prioritas nasional", sheets.get("Nodes").get(2).get(10));
        assertEquals(List.of("I-Q", "2025", "2", "45.5"), sheets.get("Targets").get(3).subList(0, 4));
        assertEquals(List.of("K1", "2026", "1650000000.5"), sheets.get("Budget").get(2));
        try (XSSFWorkbook book = id.sinergi.support.Workbooks.open(workbook)) {
            Cell formulaLike = book.getSheet("Nodes").getRow(2).getCell(3);
            assertEquals(CellType.STRING, formulaLike.getCellType(), "text is never a formula");
            assertTrue(formulaLike.getCellStyle().getQuotePrefixed(), "and is marked as text, so that editing keeps it so");
            assertFalse(book.getSheet("Nodes").getRow(1).getCell(3).getCellStyle().getQuotePrefixed());
            assertTrue(book.getSheet("Inputs").getRow(1).getCell(2).getCellStyle().getQuotePrefixed());
        }

        planner(agency).contentType(XLSX).header("If-Match", "\"1\"").body(workbook).put(tree).then().statusCode(200)
                .body("version", equalTo(2)).header("ETag", "\"2\"");
        assertEquals(first, nodes(2));
        JsonPath diff = analyst().queryParam("from", 1).queryParam("to", 2).get(tree + "/diff").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(), diff.getList("nodes.added"));
        assertEquals(List.of(), diff.getList("nodes.changed"));
        assertEquals(List.of(), diff.getList("indicators.changed"));

        byte[] indonesian = analyst().accept(XLSX).header("Accept-Language", "id").get(tree).then().statusCode(200)
                .extract().asByteArray();
        assertEquals("kunci", sheets(indonesian).get("Node").get(0).get(0));
        planner(agency).contentType(XLSX).header("If-Match", "\"2\"").body(indonesian).put(tree).then().statusCode(200)
                .body("version", equalTo(3));
        assertEquals(first, nodes(3));
    }

    @Test
    void theReadmeExampleIsShippedAsAWorkbookThatStoresTheSameTree() throws IOException {
        planner(agency).body(example(agency)).put(tree).then().statusCode(201);
        byte[] workbook = analyst().accept(XLSX).get(tree).then().statusCode(200).extract().asByteArray();
        if (Boolean.getBoolean("workbook.update")) {
            Files.write(EXAMPLE, rebuilt(sheets(workbook), agency, "KEMENPANRB"));
        }
        String again = "/api/v1/agencies/" + agency + "/cascades/" + createPeriod(2025, 2029);
        byte[] shipped = rebuilt(sheets(Files.readAllBytes(EXAMPLE)), "KEMENPANRB", agency);
        planner(agency).contentType(XLSX).body(shipped).put(again).then().statusCode(201);
        assertEquals(nodes(tree, 1), nodes(again, 1), "examples/lapor-kemenpanrb.xlsx stores the README's tree; regenerate "
                + "it with ./mvnw test -Dtest=TreeWorkbookResourceTest -Dworkbook.update=true");
    }

    @Test
    void cellsThatCannotBeReadAreNamedBySheetRowAndColumnAndNothingIsStored() {
        byte[] workbook = build(
                Map.entry("Nodes", List.of(row("key", "parent", "level", "statement", "ownerAgency", "warna"),
                        row("G1", null, "GOAL", "Tujuan", agency),
                        row("S1", "G1", "SASARAN", "Sasaran", agency))),
                Map.entry("Indicators", List.of(row("node", "key", "name", "unit", "polarity", "iku"),
                        row("G1", "I-G1", "Indikator", "persen", "higher_is_better", "mungkin"),
                        row("X9", "I-X", "Indikator", "persen", "HIGHER_IS_BETTER"))),
                Map.entry("Targets", List.of(row("indicator", "year", "value"),
                        row("I-G1", "dua ribu", 80),
                        row("I-TIADA", 2025, 1))),
                Map.entry("Catatan", List.of(row("anything"), row("is ignored"))));
        JsonPath problem = planner(agency).contentType(XLSX).body(workbook).put(tree).then().statusCode(422)
                .body("type", equalTo("urn:sinergi:problem:validation")).extract().jsonPath();
        assertEquals("The workbook breaks 6 rule(s); nothing was stored.", problem.getString("detail"));
        assertEquals(List.of("Nodes!F1 COLUMN_UNKNOWN", "Nodes!C3 INVALID_VALUE", "Indicators!F2 WRONG_TYPE",
                "Indicators!A3 NODE_NOT_FOUND", "Targets!B2 WRONG_TYPE", "Targets!A3 INDICATOR_NOT_FOUND"), cells(problem));
        assertEquals("'SASARAN' is not one of GOAL, TARGET, PROGRAM, ACTIVITY, SUB_ACTIVITY",
                problem.getString("violations[1].message"));
        assertTrue(problem.getList("violations.pointer").stream().allMatch(java.util.Objects::isNull));
        analyst().get(tree).then().statusCode(404);

        JsonPath indonesian = planner(agency).contentType(XLSX).header("Accept-Language", "id").body(workbook).put(tree)
                .then().statusCode(422).extract().jsonPath();
        assertEquals("Buku kerja melanggar 6 aturan; tidak ada yang disimpan.", indonesian.getString("detail"));
        assertEquals("'X9' bukan kunci baris mana pun di lembar Nodes", indonesian.getString("violations[3].message"));

        planner(agency).contentType(XLSX).body(build(Map.entry("Pohon", List.of(row("key"), row("G1"))))).put(tree)
                .then().statusCode(422).body("violations[0].rule", equalTo("SHEET_MISSING"))
                .body("violations[0].sheet", equalTo("Nodes"));
    }

    @Test
    void theTreesRulesAreTheJsonOnesWithEachViolationPlacedInItsCell() {
        byte[] workbook = build(
                Map.entry("Node", List.of(row("kunci", "induk", "level", "pernyataan", "instansi_penanggung_jawab"),
                        row("G1", null, "GOAL", "Tujuan", agency),
                        row("S1", "G9", "TARGET", "Sasaran", agency),
                        row("S2", "G1", "TARGET", null, agency))),
                Map.entry("Indikator", List.of(row("node", "kunci", "nama", "satuan", "polaritas", "tahun_baseline", "nilai_baseline"),
                        row("G1", "I-G1", "Indikator", "persen", "HIGHER_IS_BETTER", 2019, 50),
                        row("S2", "I-S2", "Indikator", "persen", "RANGE"))),
                Map.entry("Target", List.of(row("indikator", "tahun", "triwulan", "nilai", "min", "maks"),
                        row("I-G1", 2025, null, 80),
                        row("I-G1", 2031, null, 90),
                        row("I-S2", 2025, null, null, 90, 10))),
                Map.entry("Anggaran", List.of(row("node", "tahun", "jumlah"),
                        row("S2", 2025, 1000))));
        JsonPath problem = planner(agency).contentType(XLSX).body(workbook).put(tree).then().statusCode(422)
                .extract().jsonPath();
        assertEquals(List.of("Anggaran!A2 INPUTS_NOT_ALLOWED", "Indikator!F2 BASELINE_YEAR_OUTSIDE_PERIOD",
                "Node!B3 PARENT_NOT_FOUND", "Node!D4 REQUIRED", "Target!B3 TARGET_YEAR_OUTSIDE_PERIOD",
                "Target!E4 RANGE_MIN_ABOVE_MAX"), cells(problem).stream().sorted().toList());
        analyst().get(tree).then().statusCode(404);
    }

    @Test
    void whatIsNotAWorkbookAndWorkbooksThatUnpackTooFarAreRefused() throws IOException {
        planner(agency).contentType(XLSX).body("these are not the bytes of a workbook".getBytes()).put(tree).then()
                .statusCode(400).body("type", equalTo("urn:sinergi:problem:malformed-request"))
                .body("detail", startsWith("The body is not an Excel workbook"));

        // 80 MB of spaces in one part: about 80 KB sent, refused after counting, never held
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 80; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertTrue(bomb.size() < 200_000, "sent " + bomb.size());
        planner(agency).contentType(XLSX).body(bomb.toByteArray()).put(tree).then().statusCode(413)
                .body("detail", equalTo("The workbook unpacks to more than 67108864 bytes, the most this service reads."));
        analyst().get(tree).then().statusCode(404);
    }

    /** The JSON nodes of a version of this test's tree. */
    private Object nodes(int version) {
        return nodes(tree, version);
    }

    private static Object nodes(String tree, int version) {
        return analyst().get(tree + "/versions/" + version).then().statusCode(200).extract().jsonPath().getList("nodes");
    }

    /** Each violation as Sheet!A1 RULE. */
    private static List<String> cells(JsonPath problem) {
        List<Map<String, Object>> violations = problem.getList("violations");
        return violations.stream().map(v -> v.get("sheet") + "!" + (v.get("column") == null ? "" : v.get("column"))
                + (v.get("row") == null ? "" : v.get("row")) + " " + v.get("rule")).toList();
    }

    /** A workbook of the sheets as read, with one text replaced in every cell (an agency code, say). */
    private static byte[] rebuilt(Map<String, List<List<String>>> sheets, String from, String to) {
        @SuppressWarnings("unchecked")
        Map.Entry<String, List<List<Object>>>[] entries = sheets.entrySet().stream()
                .map(sheet -> Map.entry(sheet.getKey(), sheet.getValue().stream().map(cells -> cells.stream()
                        .map(cell -> (Object) (cell == null ? null : number(cell.equals(from) ? to : cell))).toList()).toList()))
                .toArray(Map.Entry[]::new);
        return id.sinergi.support.Workbooks.build(entries);
    }

    /** Digits back to a number, so that a rebuilt workbook holds numbers where the read one did. */
    private static Object number(String cell) {
        return cell.matches("-?\\d+(\\.\\d+)?") ? (Object) new java.math.BigDecimal(cell) : cell;
    }
}
