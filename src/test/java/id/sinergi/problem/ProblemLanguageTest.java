package id.sinergi.problem;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.example;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
    void whatTheHttpLayerRefusesToo() {
        given().header("Accept-Language", "id").get("/api/v1/agencies/" + "x".repeat(RequestGuard.MAX_URI_LENGTH))
                .then().statusCode(414).header("Content-Language", "id")
                .body("title", equalTo("URI permintaan terlalu panjang"));
    }
}
