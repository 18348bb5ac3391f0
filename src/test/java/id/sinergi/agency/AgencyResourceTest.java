package id.sinergi.agency;

import static id.sinergi.support.Api.admin;
import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AgencyResourceTest {

    @Test
    void registersReadsAndUpdatesAnAgency() {
        String code = unique("KEMENPANRB");
        admin().body(Map.of("code", code, "name", "Kementerian PAN-RB", "kind", "MINISTRY"))
                .post("/api/v1/agencies")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/agencies/" + code))
                .body("code", equalTo(code)).body("kind", equalTo("MINISTRY")).body("createdAt", notNullValue());

        analyst().get("/api/v1/agencies/" + code)
                .then().statusCode(200).body("name", equalTo("Kementerian PAN-RB"));

        String parent = createAgency("KEMENKO", "COORDINATING_MINISTRY", null);
        admin().body(Map.of("code", code, "name", "Kementerian PANRB", "kind", "MINISTRY", "parent", parent))
                .put("/api/v1/agencies/" + code)
                .then().statusCode(200).body("name", equalTo("Kementerian PANRB")).body("parent", equalTo(parent));
    }

    @Test
    void listsWithFiltersAndPaging() {
        String province = createAgency("PEMPROV", "PROVINCE", null);
        String a = createAgency("DISDUKCAPIL", "REGIONAL_OFFICE", province);
        String b = createAgency("DPMPTSP", "REGIONAL_OFFICE", province);
        createAgency("BPS", "NON_MINISTERIAL_AGENCY", null);

        analyst().queryParam("parent", province).get("/api/v1/agencies")
                .then().statusCode(200)
                .body("total", equalTo(2)).body("items.code", containsInAnyOrder(a, b));
        analyst().queryParam("parent", province).queryParam("size", 1).queryParam("page", 1).get("/api/v1/agencies")
                .then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].code", equalTo(b)).body("page", equalTo(1)).body("size", equalTo(1));
        analyst().queryParam("kind", "regional_office").queryParam("q", a.toLowerCase()).get("/api/v1/agencies")
                .then().statusCode(200).body("items.code", contains(a));
    }

    @Test
    void rejectsInvalidAgenciesWithEveryViolation() {
        admin().body(Map.of("code", "bad code!", "name", " ", "kind", "MINISTRY"))
                .post("/api/v1/agencies")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:sinergi:problem:validation"))
                .body("violations.pointer", containsInAnyOrder("/code", "/name"))
                .body("violations.rule", containsInAnyOrder("PATTERN", "NOT_BLANK"));

        admin().body(Map.of("code", unique("X"), "name", "X", "kind", "MINISTRY", "parent", "NO-SUCH-AGENCY"))
                .post("/api/v1/agencies")
                .then().statusCode(422).body("violations[0].rule", equalTo("PARENT_AGENCY_UNKNOWN"))
                .body("violations[0].pointer", equalTo("/parent"));

        admin().body(Map.of("code", unique("X"), "name", "X", "kind", "PLANET"))
                .post("/api/v1/agencies")
                .then().log().ifValidationFails().statusCode(400).body("violations[0].pointer", equalTo("/kind"))
                .body("violations[0].rule", equalTo("INVALID_VALUE"));
    }

    @Test
    void rejectsDuplicatesCyclesAndRenames() {
        String top = createAgency("PEMKOT", "REGENCY_CITY", null);
        String child = createAgency("DINAS", "REGIONAL_OFFICE", top);
        admin().body(Map.of("code", top, "name", "again", "kind", "REGENCY_CITY"))
                .post("/api/v1/agencies").then().statusCode(409).body("type", equalTo("urn:sinergi:problem:conflict"));
        admin().body(Map.of("code", top, "name", "Pemkot", "kind", "REGENCY_CITY", "parent", child))
                .put("/api/v1/agencies/" + top)
                .then().statusCode(422).body("violations[0].rule", equalTo("PARENT_CYCLE"));
        admin().body(Map.of("code", top, "name", "Pemkot", "kind", "REGENCY_CITY", "parent", top))
                .put("/api/v1/agencies/" + top)
                .then().statusCode(422).body("violations[0].rule", equalTo("PARENT_CYCLE"));
        admin().body(Map.of("code", "RENAMED", "name", "Pemkot", "kind", "REGENCY_CITY"))
                .put("/api/v1/agencies/" + top)
                .then().statusCode(422).body("violations[0].rule", equalTo("CODE_IMMUTABLE"));
        admin().body(Map.of("code", "NOPE", "name", "Pemkot", "kind", "REGENCY_CITY"))
                .put("/api/v1/agencies/NOPE").then().statusCode(404);
    }

    @Test
    void badQueryParametersAreBadRequests() {
        analyst().queryParam("kind", "PLANET").get("/api/v1/agencies")
                .then().statusCode(400).body("violations[0].parameter", equalTo("kind"));
        analyst().queryParam("size", 501).get("/api/v1/agencies")
                .then().statusCode(400).body("violations[0].parameter", equalTo("size"));
        analyst().queryParam("page", "abc").get("/api/v1/agencies")
                .then().statusCode(400).body("violations[0].parameter", equalTo("page"));
        analyst().queryParam("parent", "NO-SUCH").get("/api/v1/agencies").then().statusCode(404);
        analyst().get("/api/v1/agencies/NO-SUCH").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:sinergi:problem:not-found"));
    }

    @Test
    void onlyAdminsWriteAndEveryoneSignedInReads() {
        String code = createAgency("KSP", "NON_MINISTERIAL_AGENCY", null);
        planner(code).body(Map.of("code", unique("Y"), "name", "Y", "kind", "MINISTRY"))
                .post("/api/v1/agencies").then().statusCode(403).contentType("application/problem+json");
        planner(code).get("/api/v1/agencies/" + code).then().statusCode(200);
        given().get("/api/v1/agencies").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().auth().oauth2("not-a-jwt").get("/api/v1/agencies").then().statusCode(401);
        analyst().get("/api/v1/agencies").then().statusCode(200).body("items.code", hasItem(code));
    }

    /** A registration retried with its Idempotency-Key answers the first result instead of 409; periods alike. */
    @Test
    void aRetriedRegistrationWithItsIdempotencyKeyAnswersTheFirstResult() {
        String code = unique("IDEM");
        Map<String, Object> body = Map.of("code", code, "name", "Dinas Kependudukan", "kind", "ORGANISATIONAL_UNIT");
        String key = java.util.UUID.randomUUID().toString();
        admin().header("Idempotency-Key", key).body(body).post("/api/v1/agencies").then().statusCode(201)
                .header("Idempotency-Replayed", (String) null);
        admin().header("Idempotency-Key", key).body(body).post("/api/v1/agencies").then().statusCode(201)
                .header("Idempotency-Replayed", "true").header("Location", endsWith("/api/v1/agencies/" + code))
                .body("code", equalTo(code));
        admin().body(body).post("/api/v1/agencies").then().statusCode(409);
        admin().header("Idempotency-Key", key).body(Map.of("code", code, "name", "Lain", "kind", "ORGANISATIONAL_UNIT"))
                .post("/api/v1/agencies").then().statusCode(422).body("violations[0].rule", equalTo("IDEMPOTENCY_KEY_REUSED"));

        Map<String, Object> period = Map.of("code", unique("P"), "firstYear", 2030, "lastYear", 2034);
        String periodKey = java.util.UUID.randomUUID().toString();
        admin().header("Idempotency-Key", periodKey).body(period).post("/api/v1/periods").then().statusCode(201);
        admin().header("Idempotency-Key", periodKey).body(period).post("/api/v1/periods").then().statusCode(201)
                .header("Idempotency-Replayed", "true").body("code", equalTo(period.get("code")));
    }
}
