package id.sinergi.agreement;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.measured;
import static id.sinergi.support.Trees.node;
import static id.sinergi.support.Trees.with;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AgreementResourceTest {

    String period;
    String superior;
    String agency;
    String tree;
    String agreement;

    static Map<String, Object> tree(String agency, Number sasaranTarget) {
        return Map.of("nodes", List.of(
                node("G1", null, "GOAL", agency),
                node("S1", "G1", "TARGET", agency, measured("I-S1", null, "HIGHER_IS_BETTER", 1, 2026, sasaranTarget)),
                with(node("P1", "S1", "PROGRAM", agency, measured("I-P1", null, "LOWER_IS_BETTER", 1, 2026, 10)),
                        "code", "1.02.02"),
                with(node("K1", "P1", "ACTIVITY", agency, measured("I-K1", null, "HIGHER_IS_BETTER", 1, 2026, 5)),
                        "code", "1.02.02.2.01"),
                with(node("K2", "P1", "ACTIVITY", agency), "code", "1.02.02.2.02")));
    }

    static Map<String, Object> parties() {
        return Map.of("firstParty", Map.of("name", "dr. Sri Wahyuni", "position", "Kepala Dinas Kesehatan"),
                "secondParty", Map.of("name", "Ir. Budi Santoso", "position", "Bupati"));
    }

    static Map<String, Object> amendment(String reason) {
        return Map.of("firstParty", Map.of("name", "dr. Sri Wahyuni", "position", "Kepala Dinas Kesehatan"),
                "secondParty", Map.of("name", "Ir. Budi Santoso", "position", "Bupati"), "reason", reason);
    }

    /** Stores the tree as a new version and makes it FINAL. */
    static void finalVersion(String agency, String tree, Map<String, Object> content, int version) {
        planner(agency).body(content).put(tree).then().statusCode(version == 1 ? 201 : 200);
        planner(agency).header("If-Match", "\"" + version + "\"").post(tree + "/submit").then().statusCode(200);
        planner(agency).header("If-Match", "\"" + version + "\"").post(tree + "/finalize").then().statusCode(200);
    }

    @BeforeEach
    void setUp() {
        period = createPeriod(2025, 2029);
        superior = createAgency("PEMKAB", "REGENCY_CITY", null);
        agency = createAgency("DINKES", "REGIONAL_OFFICE", superior);
        String superiorTree = "/api/v1/agencies/" + superior + "/cascades/" + period;
        finalVersion(superior, superiorTree, Map.of("nodes", List.of(node("G1", null, "GOAL", superior),
                node("S1", "G1", "TARGET", superior, measured("IKU-1", null, "HIGHER_IS_BETTER", 1, 2026, 75)))), 1);
        planner(superior).body(parties()).post(superiorTree + "/agreements/2026").then().statusCode(201);
        planner(superior).post(superiorTree + "/agreements/2026/signature").then().statusCode(200);
        tree = "/api/v1/agencies/" + agency + "/cascades/" + period;
        agreement = tree + "/agreements/2026";
        finalVersion(agency, tree, tree(agency, 80), 1);
        planner(agency).body(Map.of("lines", List.of(Map.of("node", "K1", "originalCeiling", 1_000_000),
                Map.of("node", "K2", "originalCeiling", 500_000)))).put(tree + "/budgets/2026").then().statusCode(200);
    }

    @Test
    void anAmendmentMidYearIsTheAgreementInForceAndTheOriginalStaysReadable() {
        Map<String, Object> drawn = new java.util.HashMap<>(parties());
        drawn.put("superior", superior);
        String location = planner(agency).body(drawn).post(agreement).then().statusCode(201)
                .body("version", equalTo(1)).body("status", equalTo("DRAFT")).body("inForce", equalTo(false))
                .body("treeVersion", equalTo(1)).body("superior.agency", equalTo(superior))
                .body("indicators.key", contains("I-S1", "I-P1"))
                .body("indicators.level", contains("TARGET", "PROGRAM"))
                .body("indicators[0].target.value", equalTo(80))
                .body("programmes[0].code", equalTo("1.02.02"))
                .body("programmes[0].budget", equalTo(1_500_000))
                .body("budget", equalTo(1_500_000))
                .extract().header("Location");
        assertThat(location, endsWith("/agreements/2026?version=1"));
        analyst().get(agreement).then().statusCode(404).body("detail", containsString("the draft is version 1"));
        planner(agency).post(agreement + "/signature").then().statusCode(200)
                .body("status", equalTo("SIGNED")).body("inForce", equalTo(true))
                .body("signedBy", equalTo("planner." + agency.toLowerCase()));
        planner(agency).post(agreement + "/signature").then().statusCode(409)
                .body("type", equalTo("urn:sinergi:problem:invalid-transition"));

        // July: the budget is cut and the sasaran target lowered; the tree's next FINAL version says so.
        planner(agency).body(parties()).post(agreement).then().statusCode(422)
                .body("violations[0].rule", equalTo("REASON_REQUIRED"));
        planner(agency).body(Map.of("lines", List.of(Map.of("node", "K1", "originalCeiling", 1_000_000,
                "revisedCeiling", 700_000), Map.of("node", "K2", "originalCeiling", 500_000)))).put(tree + "/budgets/2026")
                .then().statusCode(200);
        planner(agency).header("If-Match", "\"1\"").body(tree(agency, 70)).put(tree).then().statusCode(200);
        planner(agency).body(amendment("Refocusing anggaran")).post(agreement).then().statusCode(409)
                .body("detail", containsString("version 2 is DRAFT"));
        planner(agency).header("If-Match", "\"2\"").post(tree + "/submit").then().statusCode(200);
        planner(agency).header("If-Match", "\"2\"").post(tree + "/finalize").then().statusCode(200);
        planner(agency).body(amendment("Refocusing anggaran")).post(agreement).then().statusCode(201)
                .body("version", equalTo(2)).body("reason", equalTo("Refocusing anggaran"))
                .body("indicators[0].target.value", equalTo(70)).body("budget", equalTo(1_200_000));
        // Until it is signed, the original is still in force.
        analyst().get(agreement).then().statusCode(200).body("version", equalTo(1));
        planner(agency).post(agreement + "/signature").then().statusCode(200).body("version", equalTo(2));

        analyst().get(agreement).then().statusCode(200).body("version", equalTo(2)).body("inForce", equalTo(true))
                .body("treeVersion", equalTo(2)).body("indicators[0].target.value", equalTo(70));
        analyst().get(agreement + "?version=1").then().statusCode(200).body("inForce", equalTo(false))
                .body("indicators[0].target.value", equalTo(80)).body("budget", equalTo(1_500_000))
                .body("reason", nullValue());
        analyst().get(agreement + "/versions").then().statusCode(200).body("version", contains(1, 2))
                .body("status", contains("SIGNED", "SIGNED")).body("reason", contains(null, "Refocusing anggaran"));
        analyst().get(agreement + "?version=3").then().statusCode(404);

        String csv = analyst().accept("text/csv").get(agreement).then().statusCode(200).extract().asString();
        assertThat(csv, startsWith("version,status,part,node,level,statement,indicator,name,unit,polarity,value,min,max,"
                + "label,code,budget\r\n2,SIGNED,INDICATOR,S1,TARGET,Pernyataan S1,I-S1,Indikator I-S1,orang,HIGHER_IS_BETTER,70,"));
        assertThat(csv, containsString("2,SIGNED,PROGRAMME,P1,PROGRAM,Pernyataan P1,,,,,,,,,1.02.02,1200000\r\n"));
    }

    @Test
    void anAgreementNeedsAFinalVersionTargetsAndASignedSuperior() {
        Map<String, Object> withReason = amendment("no amendment yet");
        planner(agency).body(withReason).post(agreement).then().statusCode(422)
                .body("violations[0].rule", equalTo("REASON_NOT_ALLOWED"));
        String lonely = createAgency("LONE", "REGIONAL_OFFICE", null);
        Map<String, Object> drawn = new java.util.HashMap<>(parties());
        drawn.put("superior", lonely);
        planner(agency).body(drawn).post(agreement).then().statusCode(422)
                .body("violations[0].rule", equalTo("SUPERIOR_AGREEMENT_MISSING"));
        planner(agency).body(parties()).post(tree + "/agreements/2027").then().statusCode(422)
                .body("violations.rule", contains("AGREED_TARGET_MISSING", "AGREED_TARGET_MISSING"))
                .body("violations[0].message", containsString("indicator 'I-S1' of node 'S1' has no target for 2027"));
        planner(agency).body(Map.of("firstParty", Map.of("name", "", "position", "Kepala"))).post(agreement).then()
                .statusCode(422);
        planner(agency).body(parties()).post(tree + "/agreements/2031").then().statusCode(422)
                .body("violations[0].rule", equalTo("YEAR_OUTSIDE_PERIOD"));
        analyst().body(parties()).post(agreement).then().statusCode(403);
        planner(agency).post(agreement + "/signature").then().statusCode(404);
        analyst().get(agreement).then().statusCode(404);
        analyst().get(agreement + "/versions").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void theActionPlanBreaksTheAgreementIntoQuartersAndMonths() {
        Map<String, Object> valid = Map.of(
                "indicators", List.of(
                        Map.of("key", "I-S1", "quarters", List.of(Map.of("quarter", 1, "value", 20),
                                Map.of("quarter", 2, "value", 40), Map.of("quarter", 3, "value", 60),
                                Map.of("quarter", 4, "value", 80))),
                        Map.of("key", "I-P1", "quarters", List.of(Map.of("quarter", 1, "value", 14),
                                Map.of("quarter", 2, "value", 12), Map.of("quarter", 3, "value", 11),
                                Map.of("quarter", 4, "value", 10)))),
                "activities", List.of(Map.of("node", "K1", "weights", List.of(0, 5, 10, 10, 10, 10, 10, 10, 10, 10, 10, 5))));
        planner(agency).body(valid).put(agreement + "/action-plan").then().statusCode(409)
                .body("detail", containsString("no signed agreement for 2026"));
        planner(agency).body(parties()).post(agreement).then().statusCode(201);
        planner(agency).post(agreement + "/signature").then().statusCode(200);

        planner(agency).body(Map.of(
                        "indicators", List.of(Map.of("key", "I-S1", "quarters", List.of(Map.of("quarter", 1, "value", 20),
                                        Map.of("quarter", 2, "value", 40), Map.of("quarter", 3, "value", 60),
                                        Map.of("quarter", 4, "value", 75))),
                                Map.of("key", "I-K1", "quarters", List.of())),
                        "activities", List.of(
                                Map.of("node", "K1", "weights", List.of(0, 5, 10, 10, 10, 10, 10, 10, 10, 10, 5, 5)),
                                Map.of("node", "P1", "weights", List.of(100)))))
                .put(agreement + "/action-plan").then().statusCode(422)
                .body("violations.pointer", contains("/indicators/0/quarters/3", "/indicators/1/key", "/indicators",
                        "/activities/0/weights", "/activities/1/node", "/activities/1/weights"))
                .body("violations.rule", contains("QUARTER_4_NOT_AGREED", "INDICATOR_NOT_AGREED", "INDICATOR_NOT_PLANNED",
                        "WEIGHTS_NOT_100", "ACTIVITY_NOT_AGREED", "WEIGHTS_NOT_12"))
                .body("violations[3].message", equalTo("the monthly weights total 95, not 100"));
        analyst().get(agreement + "/action-plan").then().statusCode(404);

        planner(agency).body(valid).put(agreement + "/action-plan").then().statusCode(200)
                .body("agreementVersion", equalTo(1))
                .body("indicators[0].agreed.value", equalTo(80))
                .body("indicators[0].quarters.value", contains(20, 40, 60, 80))
                .body("activities[0].code", equalTo("1.02.02.2.01"))
                .body("activities[0].weights[11]", equalTo(5));
        String csv = analyst().accept("text/csv").get(agreement + "/action-plan").then().statusCode(200).extract().asString();
        assertThat(csv, containsString("INDICATOR,I-P1,Indikator I-P1,,orang,LAST_VALUE,10,14,12,11,10,,,,,,,,,,,,\r\n"));
        assertThat(csv, containsString("ACTIVITY,K1,Pernyataan K1,1.02.02.2.01,,,,,,,,0,5,10,10,10,10,10,10,10,10,10,5\r\n"));
    }
}
