package id.sinergi.problem;

import static id.sinergi.support.Api.admin;
import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.example;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Problem documents in the client's language, whichever layer refuses the request; types and rule codes stay. */
@QuarkusTest
class ProblemLanguageTest {

    @Test
    void aResourcesProblemInIndonesianWhenAskedElseEnglish() {
        analyst().header("Accept-Language", "id-ID,id;q=0.9,en;q=0.8").get("/api/v1/agencies/TIDAK-ADA")
                .then().statusCode(404).contentType("application/problem+json")
                .header("Content-Language", "id").header("Vary", containsString("Accept-Language"))
                .body("type", equalTo("urn:sinergi:problem:not-found"))
                .body("title", equalTo("Sumber daya tidak ditemukan"));
        analyst().get("/api/v1/agencies/TIDAK-ADA").then().statusCode(404).header("Content-Language", "en")
                .body("title", equalTo("Resource not found"));
        analyst().header("Accept-Language", "fr").get("/api/v1/agencies/TIDAK-ADA").then().statusCode(404)
                .body("title", equalTo("Resource not found"));
    }

    @Test
    void validationAndAuthenticationProblemsToo() {
        analyst().header("Accept-Language", "id").queryParam("period", "2025-2029").queryParam("year", "dua")
                .get("/api/v1/reports/achievement/trees").then().statusCode(400)
                .body("title", equalTo("Permintaan tidak dapat dibaca"));
        given().header("Accept-Language", "id").get("/api/v1/agencies").then().statusCode(401)
                .header("Content-Language", "id").body("title", equalTo("Autentikasi diperlukan"));
    }

    @Test
    void everyViolationOfATreeInIndonesianWithTheSameRules() {
        String agency = createAgency("BAHASA", "MINISTRY", null);
        String tree = "/api/v1/agencies/" + agency + "/cascades/" + createPeriod(2025, 2029);
        String invalid = example(agency).replace("\"level\": \"PROGRAM\"", "\"level\": \"SUB_ACTIVITY\"");
        List<String> english = planner(agency).body(invalid).put(tree).then().statusCode(422)
                .header("Content-Language", "en").body("detail", startsWith("The cascade tree breaks"))
                .extract().jsonPath().getList("violations.message");
        var indonesian = planner(agency).header("Accept-Language", "id").body(invalid).put(tree).then().statusCode(422)
                .header("Content-Language", "id").body("detail", startsWith("Pohon kinerja melanggar"))
                .extract().jsonPath();
        assertEquals(english.size(), indonesian.getList("violations.message").size());
        assertEquals(planner(agency).body(invalid).put(tree).then().extract().jsonPath().getList("violations.rule"),
                indonesian.getList("violations.rule"));
        for (int i = 0; i < english.size(); i++) {
            assertNotEquals(english.get(i), indonesian.getList("violations.message").get(i));
        }
        assertTrue(indonesian.getList("violations.message", String.class).contains(
                "level SUB_ACTIVITY tidak dapat berada di bawah TARGET 'S1'; yang diharapkan PROGRAM"),
                indonesian.getList("violations.message").toString());
    }

    @Test
    void aBudgetsViolationsInIndonesianToo() {
        String agency = createAgency("ANGGARAN", "MINISTRY", null);
        String tree = "/api/v1/agencies/" + agency + "/cascades/" + createPeriod(2025, 2029);
        planner(agency).body(example(agency)).put(tree).then().statusCode(201);
        Map<String, Object> budget = Map.of("lines", List.of(Map.of("node", "T1", "originalCeiling", 100),
                Map.of("node", "K1", "originalCeiling", -5)));
        planner(agency).header("Accept-Language", "id").body(budget).put(tree + "/budgets/2025").then().statusCode(422)
                .body("detail", equalTo("Anggaran melanggar 2 aturan; tidak ada yang disimpan."))
                .body("violations.rule", contains("BUDGET_NOT_ALLOWED", "NEGATIVE_VALUE"))
                .body("violations.message", contains("anggaran melekat pada ACTIVITY atau SUB_ACTIVITY, bukan pada GOAL",
                        "jumlah tidak boleh negatif"));
    }

    @Test
    void requestBodyConstraintsAndUnreadableJsonToo() {
        admin().header("Accept-Language", "id").body(Map.of("code", "BAD CODE", "name", " ", "kind", "MINISTRY"))
                .post("/api/v1/agencies").then().statusCode(422)
                .body("detail", equalTo("Permintaan melanggar 2 aturan; tidak ada yang diubah."))
                .body("violations.rule", contains("PATTERN", "NOT_BLANK"))
                .body("violations.message", contains("hanya huruf, angka, '.', '_' dan '-'", "tidak boleh kosong"));
        admin().body(Map.of("code", "BAD CODE", "name", " ", "kind", "MINISTRY")).post("/api/v1/agencies").then()
                .statusCode(422).body("violations.message", contains("letters, digits, '.', '_' and '-' only",
                        "must not be blank"));
        admin().header("Accept-Language", "id").body("{\"code\": \"X\", \"warna\": 1}").post("/api/v1/agencies")
                .then().statusCode(400).body("violations[0].rule", equalTo("UNKNOWN_PROPERTY"))
                .body("violations[0].message", equalTo("properti 'warna' tidak dikenal"));
    }

    @Test
    void aRefusedWriteInIndonesianToo() {
        String mine = createAgency("MILIKKU", "MINISTRY", null);
        String theirs = createAgency("MILIKNYA", "MINISTRY", null);
        planner(mine).header("Accept-Language", "id").body(example(theirs))
                .put("/api/v1/agencies/" + theirs + "/cascades/" + createPeriod(2025, 2029)).then().statusCode(403)
                .body("title", equalTo("Tidak diizinkan"))
                .body("detail", equalTo("Perencana instansi '" + mine + "' tidak boleh mengubah data instansi '" + theirs
                        + "'."));
    }

    @Test
    void csvHeadersInIndonesianCellsUnchanged() {
        String period = createPeriod(2025, 2029);
        String indonesian = analyst().accept("text/csv").header("Accept-Language", "id").queryParam("period", period)
                .get("/api/v1/reports/synergy").then().statusCode(200).header("Content-Language", "id")
                .extract().asString();
        assertEquals("instansi,iku,lintas_sektor,rasio", indonesian.lines().findFirst().orElseThrow());
        String english = analyst().accept("text/csv").queryParam("period", period).get("/api/v1/reports/synergy")
                .then().statusCode(200).extract().asString();
        assertEquals("agency,iku,crossCutting,ratio", english.lines().findFirst().orElseThrow());
        // JSON keeps its property names whatever the language
        analyst().header("Accept-Language", "id").queryParam("period", period).get("/api/v1/reports/synergy")
                .then().statusCode(200).body("period", equalTo(period));
    }

    @Test
    void whatTheHttpLayerRefusesToo() {
        given().header("Accept-Language", "id").get("/api/v1/agencies/" + "x".repeat(RequestGuard.MAX_URI_LENGTH))
                .then().statusCode(414).header("Content-Language", "id")
                .body("title", equalTo("URI permintaan terlalu panjang"));
    }

    @Test
    void theFrameworksRefusalsInOurWordsInEitherLanguage() {
        analyst().header("Accept-Language", "id").get("/api/v1/tiada").then().statusCode(404)
                .header("Content-Language", "id")
                .body("detail", equalTo("Tidak ada yang dilayani di path ini; operasi layanan tercantum dalam kontraknya "
                        + "(/q/openapi)."));
        analyst().get("/api/v1/tiada").then().statusCode(404)
                .body("detail", equalTo("Nothing is served at this path; the service's operations are listed in its "
                        + "contract (/q/openapi)."));
        analyst().header("Accept-Language", "id").contentType("text/plain").body("x")
                .post("/api/v1/agencies").then().statusCode(415)
                .body("detail", equalTo("Operasi ini tidak menerima isi permintaan dengan jenis media ini (Content-Type); "
                        + "kontraknya mencantumkan yang diterima."));
        analyst().header("Accept-Language", "id").accept("image/png").get("/api/v1/agencies").then().statusCode(406)
                .body("title", equalTo(Messages.title(ProblemType.NOT_ACCEPTABLE, Messages.INDONESIAN)))
                .body("detail", equalTo("Operasi ini tidak dapat menjawab dalam jenis media yang diizinkan header Accept; "
                        + "kontraknya mencantumkan yang tersedia."));
    }
}
