package id.sinergi.period;

import static id.sinergi.support.Api.admin;
import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Api.unique;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PeriodResourceTest {

    @Test
    void registersListsAndReadsAPeriod() {
        String code = unique("RPJMN");
        admin().body(Map.of("code", code, "firstYear", 2025, "lastYear", 2029, "name", "RPJMN 2025-2029"))
                .post("/api/v1/periods")
                .then().statusCode(201).body("code", equalTo(code)).body("firstYear", equalTo(2025));
        analyst().get("/api/v1/periods/" + code).then().statusCode(200)
                .body("lastYear", equalTo(2029)).body("name", equalTo("RPJMN 2025-2029"));
        analyst().get("/api/v1/periods").then().statusCode(200).body("code", hasItem(code));
    }

    @Test
    void rejectsInvalidPeriods() {
        admin().body(Map.of("code", unique("P"), "firstYear", 2029, "lastYear", 2025))
                .post("/api/v1/periods").then().statusCode(422)
                .body("violations[0].rule", equalTo("PERIOD_YEARS_REVERSED"))
                .body("violations[0].pointer", equalTo("/lastYear"));
        admin().body(Map.of("code", unique("P"), "firstYear", 2000, "lastYear", 2030))
                .post("/api/v1/periods").then().statusCode(422).body("violations[0].rule", equalTo("PERIOD_TOO_LONG"));
        admin().body(Map.of("code", "2025 2029", "firstYear", 1900))
                .post("/api/v1/periods").then().statusCode(422)
                .body("violations.pointer", containsInAnyOrder("/code", "/firstYear", "/lastYear"));
        admin().body(Map.of("code", unique("P"), "firstYear", "2025", "lastYear", 2029))
                .post("/api/v1/periods").then().statusCode(400).body("violations[0].pointer", equalTo("/firstYear"));
        String code = unique("P");
        admin().body(Map.of("code", code, "firstYear", 2025, "lastYear", 2029)).post("/api/v1/periods").then().statusCode(201);
        admin().body(Map.of("code", code, "firstYear", 2025, "lastYear", 2029)).post("/api/v1/periods").then().statusCode(409);
    }

    @Test
    void onlyAdminsRegisterPeriods() {
        planner("ANY").body(Map.of("code", unique("P"), "firstYear", 2025, "lastYear", 2029))
                .post("/api/v1/periods").then().statusCode(403);
        analyst().get("/api/v1/periods/NO-SUCH").then().statusCode(404).contentType("application/problem+json");
    }
}
