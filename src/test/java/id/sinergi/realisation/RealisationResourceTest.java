package id.sinergi.realisation;

import static id.sinergi.support.Api.ISSUER;
import static id.sinergi.support.Api.admin;
import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.as;
import static id.sinergi.support.Api.inspectorate;
import static id.sinergi.support.Api.verifier;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.example;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class RealisationResourceTest {

    String agency;
    String tree;

    @BeforeEach
    void setUp() {
        agency = createAgency("KEMENPANRB", "MINISTRY", null);
        tree = "/api/v1/agencies/" + agency + "/cascades/" + createPeriod(2025, 2029);
        planner(agency).body(example(agency)).put(tree).then().statusCode(201);
    }

    @Test
    void recordsReplacesAndKeepsTheHistoryOfARealisation() {
        planner(agency).body(Map.of("value", 76.5, "note", "Triwulan IV", "evidenceUrl", "https://lapor.go.id/2025.pdf"))
                .put(tree + "/indicators/IKU-S1-1/realisations/2025")
                .then().statusCode(201)
                .body("indicator", equalTo("IKU-S1-1")).body("year", equalTo(2025)).body("value", equalTo(76.5f))
                .body("reportedBy", equalTo("planner." + agency.toLowerCase())).body("reportedAt", notNullValue());
        planner(agency).body(Map.of("value", 77.1, "note", "Koreksi data"))
                .put(tree + "/indicators/IKU-S1-1/realisations/2025")
                .then().statusCode(200).body("value", equalTo(77.1f));
        planner(agency).body(Map.of("value", 80)).put(tree + "/indicators/IKU-S1-1/realisations/2026").then().statusCode(201);

        analyst().get(tree + "/indicators/IKU-S1-1/realisations").then().statusCode(200)
                .body("year", contains(2025, 2026)).body("value", contains(77.1f, 80))
                .body("[0].note", equalTo("Koreksi data"));
        analyst().get(tree + "/indicators/IKU-S1-1/realisations/2025/history").then().statusCode(200)
                .body("value", contains(77.1f, 76.5f))
                .body("[1].evidenceUrl", equalTo("https://lapor.go.id/2025.pdf"));
    }

    @Test
    void realisationsSurviveRevisionsAndStayReadableThroughOlderVersions() {
        planner(agency).body(Map.of("value", 76)).put(tree + "/indicators/IKU-S1-1/realisations/2025").then().statusCode(201);
        planner(agency).body(Map.of("value", 11)).put(tree + "/indicators/IK-K2-1/realisations/2025").then().statusCode(201);

        // Revision 2 drops K2 and with it indicator IK-K2-1; IKU-S1-1 survives.
        List<Map<String, Object>> nodes = new ArrayList<>(analyst().get(tree).then().extract().jsonPath().getList("nodes"));
        nodes.remove(4);
        planner(agency).header("If-Match", "\"1\"").body(Map.of("nodes", nodes)).put(tree).then().statusCode(200)
                .body("version", equalTo(2));

        analyst().get(tree + "/realisations").then().statusCode(200)
                .body("indicator", contains("IKU-S1-1")).body("value", contains(76));
        analyst().queryParam("version", 1).get(tree + "/realisations").then().statusCode(200)
                .body("indicator", contains("IKU-S1-1", "IK-K2-1"));
        analyst().get(tree + "/indicators/IK-K2-1/realisations").then().statusCode(200).body("value", contains(11));
        planner(agency).body(Map.of("value", 12)).put(tree + "/indicators/IK-K2-1/realisations/2026").then().statusCode(404);
        analyst().queryParam("version", 3).get(tree + "/realisations").then().statusCode(404);
    }

    @Test
    void rejectsBadRealisations() {
        String url = tree + "/indicators/IKU-S1-1/realisations/";
        planner(agency).body(Map.of("value", 1)).put(url + "2031").then().statusCode(422)
                .body("violations[0].parameter", equalTo("year"))
                .body("violations[0].rule", equalTo("YEAR_OUTSIDE_PERIOD"));
        planner(agency).body(Map.of("note", "no value", "evidenceUrl", "ftp://x")).put(url + "2025").then().statusCode(422)
                .body("violations.pointer", contains("/evidenceUrl"));
        // Whether a value or a label is due depends on the indicator, which the body's own checks do not know.
        planner(agency).body(Map.of("note", "no value")).put(url + "2025").then().statusCode(422)
                .body("violations.pointer", contains("/value")).body("violations[0].rule", equalTo("VALUE_REQUIRED"));
        planner(agency).body(Map.of("value", 1, "label", "WTP")).put(url + "2025").then().statusCode(422)
                .body("violations[0].rule", equalTo("VALUE_REQUIRED"));
        planner(agency).body(Map.of("value", 1)).put(url + "2025-Q1").then().statusCode(422)
                .body("violations[0].parameter", equalTo("reportingPeriod"))
                .body("violations[0].rule", equalTo("PERIOD_NOT_REPORTED"));
        planner(agency).body(Map.of("value", 1)).put(url + "2025-Q5").then().statusCode(404);
        planner(agency).body(Map.of("value", 1)).put(url + "2025-M13").then().statusCode(404);
        planner(agency).body(Map.of("value", "tinggi")).put(url + "2025").then().statusCode(400)
                .body("violations[0].pointer", equalTo("/value"));
        planner(agency).body(Map.of("value", 1, "note", "x".repeat(4001))).put(url + "2025").then().statusCode(422)
                .body("violations[0].pointer", equalTo("/note"));
        planner(agency).body(Map.of("value", 1)).put(tree + "/indicators/NOPE/realisations/2025").then().statusCode(404);
        planner(agency).body(Map.of("value", 1)).put(url + "25").then().statusCode(404);
        analyst().get(tree + "/indicators/NOPE/realisations").then().statusCode(404);
        analyst().get(tree + "/indicators/NOPE/realisations/2025/history").then().statusCode(404);
        analyst().get("/api/v1/agencies/" + agency + "/cascades/NO-PERIOD/realisations").then().statusCode(404);
        analyst().get(tree + "/realisations").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void onlyTheAgencysPlannersReport() {
        String stranger = createAgency("KSP", "NON_MINISTERIAL_AGENCY", null);
        planner(stranger).body(Map.of("value", 1)).put(tree + "/indicators/IKU-S1-1/realisations/2025").then().statusCode(403);
        analyst().body(Map.of("value", 1)).put(tree + "/indicators/IKU-S1-1/realisations/2025").then().statusCode(403);
        analyst().get(tree + "/indicators/IKU-S1-1/realisations").then().statusCode(200)
                .body("value", not(hasItem(1)));
    }

    @Test
    void aRealisationCarriesItsNarrative() {
        planner(agency).body(Map.of("value", 76.5, "supportingFactors", "Integrasi kanal pengaduan",
                        "hinderingFactors", "Operator terbatas", "improvementSteps", "Pelatihan operator"))
                .put(tree + "/indicators/IKU-S1-1/realisations/2025").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("period", equalTo("Y"))
                .body("supportingFactors", equalTo("Integrasi kanal pengaduan"))
                .body("hinderingFactors", equalTo("Operator terbatas"))
                .body("improvementSteps", equalTo("Pelatihan operator"));
        analyst().get(tree + "/indicators/IKU-S1-1/realisations/2025/history").then().statusCode(200)
                .body("[0].hinderingFactors", equalTo("Operator terbatas"));
        planner(agency).body(Map.of("value", 1, "improvementSteps", "x".repeat(4001)))
                .put(tree + "/indicators/IKU-S1-1/realisations/2025").then().statusCode(422)
                .body("violations[0].pointer", equalTo("/improvementSteps"));
    }

    /** Returned with a note, corrected, submitted again and verified; every step in the verification history. */
    @Test
    void aReturnedRealisationIsCorrectedResubmittedAndVerified() {
        String child = createAgency("DINKES", "REGIONAL_OFFICE", agency);
        String childTree = "/api/v1/agencies/" + child + "/cascades/" + tree.substring(tree.lastIndexOf('/') + 1);
        planner(child).body(example(child)).put(childTree).then().statusCode(201);
        String url = childTree + "/indicators/IKU-S1-1/realisations/2025";
        planner(child).body(Map.of("value", 70)).put(url).then().statusCode(201).body("status", equalTo("DRAFT"));

        verifier(agency).body(Map.of("status", "VERIFIED")).post(url + "/status").then().statusCode(409)
                .body("type", equalTo("urn:sinergi:problem:invalid-transition"));
        planner(child).body(Map.of("status", "SUBMITTED")).post(url + "/status").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        planner(child).body(Map.of("value", 71)).put(url).then().statusCode(409)
                .body("type", equalTo("urn:sinergi:problem:invalid-transition"));
        verifier(agency).body(Map.of("status", "RETURNED")).post(url + "/status").then().statusCode(422)
                .body("violations[0].pointer", equalTo("/note"));
        verifier(agency).body(Map.of("status", "RETURNED", "note", "Lampirkan bukti dukung")).post(url + "/status")
                .then().statusCode(200).body("status", equalTo("RETURNED")).body("reviewNote", equalTo("Lampirkan bukti dukung"))
                .body("reviewedBy", equalTo("verifier." + agency.toLowerCase()));
        planner(child).body(Map.of("value", 72, "evidenceUrl", "https://dinkes.go.id/bukti.pdf")).put(url).then()
                .statusCode(200).body("status", equalTo("DRAFT")).body("value", equalTo(72));
        planner(child).body(Map.of("status", "SUBMITTED")).post(url + "/status").then().statusCode(200);
        verifier(agency).body(Map.of("status", "VERIFIED")).post(url + "/status").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("value", equalTo(72));
        planner(child).body(Map.of("value", 73)).put(url).then().statusCode(409);

        analyst().get(url + "/status").then().statusCode(200)
                .body("from", contains("DRAFT", "SUBMITTED", "RETURNED", "DRAFT", "SUBMITTED"))
                .body("to", contains("SUBMITTED", "RETURNED", "DRAFT", "SUBMITTED", "VERIFIED"))
                .body("[1].note", equalTo("Lampirkan bukti dukung")).body("[2].note", equalTo("corrected"))
                .body("[4].actor", equalTo("verifier." + agency.toLowerCase()));
        analyst().get(url + "/history").then().statusCode(200).body("value", contains(72, 70));
        // A verified figure can still be returned, and then changes again.
        verifier(agency).body(Map.of("status", "RETURNED", "note", "Koreksi data BPS")).post(url + "/status").then()
                .statusCode(200);
        planner(child).body(Map.of("value", 73)).put(url).then().statusCode(200);
    }

    @Test
    void onlyAVerifierAboveTheAgencyOrAnInspectorateVerifies() {
        String child = createAgency("DINKES", "REGIONAL_OFFICE", agency);
        String stranger = createAgency("KSP", "NON_MINISTERIAL_AGENCY", null);
        String childTree = "/api/v1/agencies/" + child + "/cascades/" + tree.substring(tree.lastIndexOf('/') + 1);
        planner(child).body(example(child)).put(childTree).then().statusCode(201);
        String url = childTree + "/indicators/IKU-S1-1/realisations/2025";
        planner(child).body(Map.of("value", 70)).put(url).then().statusCode(201);
        planner(child).body(Map.of("status", "SUBMITTED")).post(url + "/status").then().statusCode(200);

        planner(child).body(Map.of("status", "VERIFIED")).post(url + "/status").then().statusCode(403);
        planner(agency).body(Map.of("status", "VERIFIED")).post(url + "/status").then().statusCode(403);
        admin().body(Map.of("status", "VERIFIED")).post(url + "/status").then().statusCode(403);
        analyst().body(Map.of("status", "VERIFIED")).post(url + "/status").then().statusCode(403);
        verifier(child).body(Map.of("status", "VERIFIED")).post(url + "/status").then().statusCode(403);
        verifier(stranger).body(Map.of("status", "VERIFIED")).post(url + "/status").then().statusCode(403);
        // A verifier never verifies a figure under their own name.
        as(Jwt.issuer(ISSUER).upn("planner." + child.toLowerCase()).groups(Set.of("verifier")).claim("inspectorate", true)
                .sign()).body(Map.of("status", "VERIFIED")).post(url + "/status").then().statusCode(403);
        verifier(agency).body(Map.of("status", "DRAFT")).post(url + "/status").then().statusCode(409);
        verifier(agency).body(Map.of("status", "CHECKED")).post(url + "/status").then().statusCode(400);
        verifier(agency).body(Map.of()).post(url + "/status").then().statusCode(422);
        verifier(agency).body(Map.of("status", "VERIFIED")).post(childTree + "/indicators/IKU-S1-1/realisations/2026/status")
                .then().statusCode(404);
        inspectorate().body(Map.of("status", "VERIFIED")).post(url + "/status").then().statusCode(200);
        verifier(agency).get(url + "/status").then().statusCode(200).body("to", contains("SUBMITTED", "VERIFIED"));
    }

    @Test
    void realisationsFollowTheIndicatorsReportingFrequency() {
        List<Map<String, Object>> nodes = new ArrayList<>(analyst().get(tree).then().extract().jsonPath().getList("nodes"));
        Map<String, Object> goal = new java.util.LinkedHashMap<>(nodes.get(0));
        List<Map<String, Object>> indicators = new ArrayList<>((List<Map<String, Object>>) goal.get("indicators"));
        Map<String, Object> monthly = new java.util.LinkedHashMap<>(indicators.get(0));
        monthly.put("reporting", "MONTHLY");
        monthly.remove("accumulation");
        indicators.set(0, monthly);
        goal.put("indicators", indicators);
        nodes.set(0, goal);
        String key = (String) monthly.get("key");
        planner(agency).header("If-Match", "\"1\"").body(Map.of("nodes", nodes)).put(tree).then().statusCode(422)
                .body("violations[0].rule", equalTo("ACCUMULATION_REQUIRED"));
        monthly.put("accumulation", "CUMULATIVE");
        planner(agency).header("If-Match", "\"1\"").body(Map.of("nodes", nodes)).put(tree).then().statusCode(200);

        String url = tree + "/indicators/" + key + "/realisations/";
        planner(agency).body(Map.of("value", 5)).put(url + "2025-M02").then().statusCode(201).body("period", equalTo("M02"));
        planner(agency).body(Map.of("value", 5)).put(url + "2025").then().statusCode(422)
                .body("violations[0].message", equalTo("indicator '" + key + "' is reported MONTHLY: report 2025-M01 to "
                        + "2025-M12, not 2025"));
        planner(agency).body(Map.of("value", 5)).put(url + "2025-Q1").then().statusCode(422);
        planner(agency).body(Map.of("value", 6)).put(url + "2025-M01").then().statusCode(201);
        analyst().get(tree + "/indicators/" + key + "/realisations").then().statusCode(200)
                .body("period", contains("M01", "M02")).body("value", contains(6, 5));
    }
}
