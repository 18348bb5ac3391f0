package id.sinergi.demo;

import static id.sinergi.support.Api.admin;
import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.planner;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;

/** The demo dataset loads whole, once, and shows what the reports are for. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDatasetResourceTest {

    static final String DEMO = "/api/v1/admin/demo-dataset";

    @Test
    @Order(1)
    void onlyAdminsLoadIt() {
        planner("KEMENPANRB").post(DEMO).then().statusCode(403);
        analyst().post(DEMO).then().statusCode(403);
    }

    @Test
    @Order(2)
    void loadsOnceThroughTheServicesRules() {
        admin().post(DEMO).then().statusCode(201)
                .body("period", equalTo("2025-2029")).body("agencies", equalTo(11)).body("trees", equalTo(7))
                .body("realisations", equalTo(44)).body("links", equalTo(6));
        admin().post(DEMO).then().statusCode(409).contentType("application/problem+json");
        analyst().queryParam("agency", "ORI").queryParam("period", "2025-2029").get("/api/v1/crosscutting-links")
                .then().body("items.status", contains("ACCEPTED", "REJECTED"));
    }

    @Test
    @Order(3)
    void itsReportsShowTheSeedCases() {
        analyst().queryParam("period", "2025-2029").get("/api/v1/reports/duplication").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].agency", equalTo("KSP")).body("items[0].otherAgency", equalTo("ORI"));
        analyst().queryParam("period", "2025-2029").get("/api/v1/reports/integrity").then().statusCode(200)
                .body("items.rule", hasItems("DANGLING_SUPPORTS", "ACTIVITY_WITHOUT_INPUTS", "NODE_WITHOUT_INDICATORS"));
        analyst().queryParam("period", "2025-2029").queryParam("year", 2025).get("/api/v1/reports/shared-kpi-coverage")
                .then().statusCode(200).body("items.code", contains("IKP-MPP-01", "IKP-PP-02", "SAMSAT-01"))
                .body("items[2].carriers", hasSize(3));
        analyst().queryParam("period", "2025-2029").get("/api/v1/reports/cross-cutting-outcomes").then().statusCode(200)
                .body("items.agency", hasItem("PEMPROV-JATENG"));
    }

    @Test
    @Order(4)
    void itsMonitoringYearHasQuartersMonthsAReturnedFigureAndAWarning() {
        String kemenpanrb = "/api/v1/agencies/KEMENPANRB/cascades/2025-2029/indicators/";
        analyst().get(kemenpanrb + "IK-K2/realisations").then().statusCode(200)
                .body("period", contains("Q1", "Q2")).body("status", contains("VERIFIED", "RETURNED"))
                .body("[1].reviewNote", equalTo("Notulen rapat koordinasi Juni belum dilampirkan"))
                .body("[1].reviewedBy", equalTo("inspektorat.demo"));
        analyst().get(kemenpanrb + "IKU-S1/figures/2025").then().statusCode(200)
                .body("quarters[3].derivation", equalTo("latest: Q4 77.4")).body("quarters[2].verifiedValue", equalTo(76.1f))
                .body("quarters[3].predikat", equalTo("Sangat Baik"));
        analyst().get("/api/v1/agencies/PEMPROV-JATENG/cascades/2025-2029/indicators/IK-K1/figures/2025").then()
                .statusCode(200).body("quarters[0].value", equalTo(545000)).body("quarters[3].value", equalTo(2310000))
                .body("quarters[3].periods", equalTo(12));
        analyst().get("/api/v1/agencies/PEMKOT-SMG/cascades/2025-2029/indicators/IK-G1-2/figures/2025").then()
                .statusCode(200).body("quarters[3].derivation", equalTo("reported for the year: WTP = 100"))
                .body("quarters[3].capaian", equalTo(100.0f));
        // Two meetings in half a year run on to four: a third of the twelve planned.
        analyst().queryParam("period", "2025-2029").queryParam("year", 2025).queryParam("quarter", 2)
                .queryParam("agency", "KEMENPANRB").get("/api/v1/reports/early-warning").then().statusCode(200)
                .body("items.find { it.indicator == 'IK-K2' }.projectionMethod", equalTo("run-rate: 5 / 6 months x 12 = 10"))
                .body("items.find { it.indicator == 'IK-K2' }.warnings", contains("OFF_TRACK"));
    }
}
