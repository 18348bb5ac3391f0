package id.sinergi.security;

import static id.sinergi.support.Api.as;
import static id.sinergi.support.Api.createAgency;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DevTokenResourceTest {

    @Test
    void issuesTokensThatTheApiAccepts() {
        String agency = createAgency("KEMENPANRB", "MINISTRY", null);
        String token = given().queryParam("role", "planner").queryParam("agency", agency).get("/dev/token")
                .then().statusCode(200).extract().asString();
        as(token).get("/api/v1/agencies/" + agency).then().statusCode(200).body("code", equalTo(agency));
        String admin = given().queryParam("role", "admin").get("/dev/token").then().statusCode(200).extract().asString();
        as(admin).get("/api/v1/periods").then().statusCode(200);
    }

    @Test
    void refusesUnknownRolesAndUnboundPlanners() {
        given().queryParam("role", "minister").get("/dev/token").then().statusCode(400)
                .body("violations[0].parameter", equalTo("role"));
        given().queryParam("role", "planner").get("/dev/token").then().statusCode(400)
                .body("violations[0].parameter", equalTo("agency"));
        given().queryParam("role", "verifier").get("/dev/token").then().statusCode(400)
                .body("violations[0].parameter", equalTo("agency"));
    }

    @Test
    void issuesVerifierTokensThatReadEverything() {
        String inspectorate = given().queryParam("role", "verifier").queryParam("inspectorate", true).get("/dev/token")
                .then().statusCode(200).extract().asString();
        as(inspectorate).get("/api/v1/periods").then().statusCode(200);
        as(inspectorate).body("{}").post("/api/v1/periods").then().statusCode(403);
    }
}
