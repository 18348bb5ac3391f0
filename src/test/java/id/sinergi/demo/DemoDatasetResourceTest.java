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
                .body("realisations", equalTo(28)).body("links", equalTo(6));
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
}
