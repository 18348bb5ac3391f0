package id.sinergi.realisation;

import static id.sinergi.support.Api.admin;
import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.inspectorate;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.node;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LockResourceTest {

    String agency;
    String period;
    String tree;
    String locks;

    @BeforeEach
    void setUp() {
        agency = createAgency("BPS", "NON_MINISTERIAL_AGENCY", null);
        period = createPeriod(2025, 2029);
        tree = "/api/v1/agencies/" + agency + "/cascades/" + period;
        locks = "/api/v1/periods/" + period + "/locks/";
        planner(agency).body(Map.of("nodes", List.of(node("G1", null, "GOAL", agency,
                indicator("QTR", "QUARTERLY"), indicator("MON", "MONTHLY"))))).put(tree).then().statusCode(201);
    }

    static Map<String, Object> indicator(String key, String reporting) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("key", key);
        indicator.put("name", "Indikator " + key);
        indicator.put("unit", "persen");
        indicator.put("polarity", "HIGHER_IS_BETTER");
        indicator.put("reporting", reporting);
        indicator.put("accumulation", "LAST_VALUE");
        return indicator;
    }

    int report(String indicator, String reportingPeriod) {
        return planner(agency).body(Map.of("value", 1)).put(tree + "/indicators/" + indicator + "/realisations/" + reportingPeriod)
                .then().extract().statusCode();
    }

    @Test
    void aLockedQuarterRefusesItsRealisationsAndItsMonths() {
        planner(agency).body(Map.of("value", 1)).put(tree + "/indicators/QTR/realisations/2025-Q2").then().statusCode(201);
        admin().body(Map.of()).put(locks + "2025-Q2").then().statusCode(201)
                .body("period", equalTo("2025-Q2")).body("active", equalTo(true)).body("setBy", equalTo("admin.all"));

        planner(agency).body(Map.of("value", 2)).put(tree + "/indicators/QTR/realisations/2025-Q2").then().statusCode(409)
                .body("type", equalTo("urn:sinergi:problem:period-locked"))
                .body("detail", containsString("locked on 2025-Q2"));
        assertEquals(409, report("MON", "2025-M05"));
        assertEquals(409, report("MON", "2025-M04"));
        assertEquals(201, report("MON", "2025-M07"));
        assertEquals(201, report("QTR", "2025-Q3"));
        assertEquals(201, report("QTR", "2026-Q2"));
        // Submitting is reporting; verifying goes on after the deadline.
        planner(agency).body(Map.of("status", "SUBMITTED")).post(tree + "/indicators/QTR/realisations/2025-Q2/status")
                .then().statusCode(409).body("type", equalTo("urn:sinergi:problem:period-locked"));

        admin().delete(locks + "2025-Q2").then().statusCode(204);
        admin().delete(locks + "2025-Q2").then().statusCode(404);
        planner(agency).body(Map.of("status", "SUBMITTED")).post(tree + "/indicators/QTR/realisations/2025-Q2/status")
                .then().statusCode(200);
        admin().body(Map.of()).put(locks + "2025").then().statusCode(201);
        inspectorate().body(Map.of("status", "VERIFIED")).post(tree + "/indicators/QTR/realisations/2025-Q2/status")
                .then().statusCode(200);
        assertEquals(409, report("QTR", "2025-Q4"));
        assertEquals(409, report("MON", "2025-M12"));
        assertEquals(201, report("QTR", "2026-Q1"));
    }

    @Test
    void aLockSetAheadTakesHoldOnlyFromItsMoment() {
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        admin().body(Map.of("lockedFrom", tomorrow.toString())).put(locks + "2025-M03").then().statusCode(201)
                .body("active", equalTo(false)).body("lockedFrom", equalTo(tomorrow.toString()));
        assertEquals(201, report("MON", "2025-M03"));
        admin().body(Map.of()).put(locks + "2025-M03").then().statusCode(200).body("active", equalTo(true));
        assertEquals(409, report("MON", "2025-M03"));
        assertEquals(201, report("QTR", "2025-Q1"));

        analyst().get("/api/v1/periods/" + period + "/locks").then().statusCode(200)
                .body("period", contains("2025-M03")).body("active", contains(true));
    }

    @Test
    void onlyAdminsLockAndBadLocksAreRefused() {
        planner(agency).body(Map.of()).put(locks + "2025-Q1").then().statusCode(403);
        analyst().body(Map.of()).put(locks + "2025-Q1").then().statusCode(403);
        admin().body(Map.of()).put(locks + "2025-Q5").then().statusCode(404);
        admin().body(Map.of()).put(locks + "2031-Q1").then().statusCode(422)
                .body("violations[0].rule", equalTo("YEAR_OUTSIDE_PERIOD"));
        admin().body(Map.of("lockedFrom", "besok")).put(locks + "2025-Q1").then().statusCode(400);
        admin().body(Map.of()).put("/api/v1/periods/NOPE/locks/2025-Q1").then().statusCode(404);
        admin().get("/api/v1/periods/NOPE/locks").then().statusCode(404);
        admin().get("/api/v1/periods/" + period + "/locks").then().statusCode(200).body("", hasSize(0));
    }
}
