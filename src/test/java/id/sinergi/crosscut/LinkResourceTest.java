package id.sinergi.crosscut;

import static id.sinergi.support.Api.admin;
import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.chain;
import static id.sinergi.support.Trees.example;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sinergi.support.Concurrently;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LinkResourceTest {

    static final String LINKS = "/api/v1/crosscutting-links";

    String period;
    String kemenpan;
    String ombudsman;

    @BeforeEach
    void setUp() {
        period = createPeriod(2025, 2029);
        kemenpan = createAgency("KEMENPANRB", "MINISTRY", null);
        ombudsman = createAgency("OMBUDSMAN", "NON_MINISTERIAL_AGENCY", null);
        planner(kemenpan).body(example(kemenpan)).put(tree(kemenpan)).then().statusCode(201);
        planner(ombudsman).body(chain(ombudsman, 2025)).put(tree(ombudsman)).then().statusCode(201);
    }

    String tree(String agency) {
        return "/api/v1/agencies/" + agency + "/cascades/" + period;
    }

    Map<String, Object> proposal(String fromNode, String toNode, String type, String lead) {
        Map<String, Object> to = new HashMap<>(Map.of("agency", ombudsman));
        if (toNode != null) {
            to.put("node", toNode);
        }
        Map<String, Object> body = new HashMap<>(Map.of("period", period, "from", Map.of("agency", kemenpan, "node", fromNode),
                "to", to, "relationship", type, "lead", lead));
        body.put("note", "Integrasi pengaduan SP4N-LAPOR! dengan Ombudsman");
        return body;
    }

    long propose(Map<String, Object> body) {
        return planner(kemenpan).body(body).post(LINKS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void proposedAcceptedAndWithdrawnWithEveryStepRecorded() {
        Map<String, Object> body = proposal("S1", "S1", "JOINT_PLANNING", kemenpan);
        body.put("sharedCode", "IKP-PP-02");
        long id = planner(kemenpan).body(body).post(LINKS)
                .then().statusCode(201)
                .body("status", equalTo("PROPOSED")).body("category", equalTo("COORDINATION"))
                .body("relationship", equalTo("JOINT_PLANNING")).body("lead", equalTo(kemenpan))
                .body("from.agency", equalTo(kemenpan)).body("from.node", equalTo("S1")).body("from.nodePresent", equalTo(true))
                .body("to.node", equalTo("S1")).body("to.nodePresent", equalTo(true))
                .body("sharedCode", equalTo("IKP-PP-02"))
                .body("transitions.to", contains("PROPOSED"))
                .extract().jsonPath().getLong("id");

        planner(kemenpan).post(LINKS + "/" + id + "/accept").then().statusCode(403);
        planner(ombudsman).post(LINKS + "/" + id + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        planner(ombudsman).post(LINKS + "/" + id + "/accept").then().statusCode(409)
                .body("type", equalTo("urn:sinergi:problem:invalid-transition"));
        planner(kemenpan).body(Map.of("reason", "Program digabung")).post(LINKS + "/" + id + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        analyst().get(LINKS + "/" + id).then().statusCode(200)
                .body("transitions.from", contains(null, "PROPOSED", "ACCEPTED"))
                .body("transitions.to", contains("PROPOSED", "ACCEPTED", "WITHDRAWN"))
                .body("transitions.actor", contains("planner." + kemenpan.toLowerCase(), "planner." + ombudsman.toLowerCase(),
                        "planner." + kemenpan.toLowerCase()))
                .body("transitions[2].reason", equalTo("Program digabung"));
    }

    @Test
    void aRejectionNeedsAReasonFromThePartner() {
        long id = propose(proposal("P1", null, "DIALOGUE", ombudsman));
        planner(ombudsman).body(Map.of()).post(LINKS + "/" + id + "/reject").then().statusCode(422)
                .body("violations[0].pointer", equalTo("/reason"));
        planner(kemenpan).body(Map.of("reason", "x")).post(LINKS + "/" + id + "/reject").then().statusCode(403);
        planner(ombudsman).body(Map.of("reason", "Bukan kewenangan kami")).post(LINKS + "/" + id + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("to.node", nullValue());
        planner(ombudsman).post(LINKS + "/" + id + "/withdraw").then().statusCode(409);
        analyst().get(LINKS + "/" + id).then().body("transitions[1].reason", equalTo("Bukan kewenangan kami"));
    }

    @Test
    void rejectsInvalidProposals() {
        Map<String, Object> self = proposal("S1", null, "DIALOGUE", kemenpan);
        self.put("to", Map.of("agency", kemenpan));
        planner(kemenpan).body(self).post(LINKS).then().statusCode(422).body("violations.rule", contains("LINK_TO_SELF"));

        Map<String, Object> wrong = proposal("NOPE", "NOPE", "DIALOGUE", kemenpan);
        wrong.put("sharedCode", "NO-SUCH-CODE");
        planner(kemenpan).body(wrong).post(LINKS).then().statusCode(422)
                .body("violations.pointer", contains("/from/node", "/to/node", "/sharedCode"))
                .body("violations.rule", contains("NODE_NOT_FOUND", "NODE_NOT_FOUND", "SHARED_CODE_UNKNOWN"));

        Map<String, Object> unknown = proposal("S1", null, "DIALOGUE", "KSP");
        unknown.put("period", "1900-1904");
        unknown.put("to", Map.of("agency", "NO-SUCH"));
        planner(kemenpan).body(unknown).post(LINKS).then().statusCode(422)
                .body("violations.rule", containsInAnyOrder("PERIOD_UNKNOWN", "AGENCY_UNKNOWN", "LEAD_NOT_A_PARTY"));

        planner(kemenpan).body(proposal("S1", null, "FRIENDSHIP", kemenpan)).post(LINKS).then().statusCode(400)
                .body("violations[0].pointer", equalTo("/relationship"));
        Map<String, Object> incomplete = proposal("S1", null, "DIALOGUE", kemenpan);
        incomplete.remove("from");
        planner(kemenpan).body(incomplete).post(LINKS).then().statusCode(422).body("violations[0].pointer", equalTo("/from"));
        planner(ombudsman).body(proposal("S1", null, "DIALOGUE", kemenpan)).post(LINKS).then().statusCode(403);
        analyst().body(proposal("S1", null, "DIALOGUE", kemenpan)).post(LINKS).then().statusCode(403);

        propose(proposal("S1", null, "UNION", kemenpan));
        planner(kemenpan).body(proposal("S1", null, "UNION", kemenpan)).post(LINKS).then().statusCode(409);
        analyst().get(LINKS + "/999999999").then().statusCode(404);
        planner(ombudsman).post(LINKS + "/999999999/accept").then().statusCode(404);
        analyst().get(LINKS + "/999999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aLinkFollowsItsNodeAcrossRevisionsAndReportsItWhenTheNodeIsGone() {
        long id = propose(proposal("K2", "K1", "JOINT_WORKING", kemenpan));
        List<Map<String, Object>> nodes = new ArrayList<>(analyst().get(tree(kemenpan)).then().extract().jsonPath().getList("nodes"));
        nodes.remove(4);
        planner(kemenpan).header("If-Match", "\"1\"").body(Map.of("nodes", nodes)).put(tree(kemenpan)).then().statusCode(200);
        analyst().get(LINKS + "/" + id).then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("from.nodePresent", equalTo(false)).body("to.nodePresent", equalTo(true));
    }

    @Test
    void listsAndFilters() {
        long accepted = propose(proposal("S1", "S1", "STRATEGIC_ALLIANCE", ombudsman));
        planner(ombudsman).post(LINKS + "/" + accepted + "/accept").then().statusCode(200);
        long proposed = propose(proposal("P1", null, "DIALOGUE", kemenpan));

        analyst().queryParam("agency", ombudsman).get(LINKS).then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains((int) accepted, (int) proposed));
        analyst().queryParam("agency", ombudsman).queryParam("status", "accepted").get(LINKS).then()
                .body("items.id", contains((int) accepted)).body("items[0].category", equalTo("CLOSENESS"));
        analyst().queryParam("agency", ombudsman).queryParam("category", "COORDINATION").get(LINKS).then()
                .body("items.id", contains((int) proposed));
        analyst().queryParam("agency", ombudsman).queryParam("type", "DIALOGUE").queryParam("period", period).get(LINKS).then()
                .body("items.id", contains((int) proposed)).body("items[0].transitions", nullValue());
        analyst().queryParam("status", "MAYBE").get(LINKS).then().statusCode(400).body("violations[0].parameter", equalTo("status"));
        admin().post(LINKS + "/" + proposed + "/accept").then().statusCode(200);
    }

    /** Two accepts (or an accept and a reject) at once: the link's row lock lets exactly one through. */
    @Test
    void racingDecisionsOnOneLinkLetExactlyOneThrough() throws Exception {
        long id = propose(proposal("S1", "S1", "JOINT_WORKING", ombudsman));
        List<Callable<Integer>> decisions = List.of("accept", "accept", "reject").stream()
                .map(decision -> (Callable<Integer>) () -> planner(ombudsman).body(Map.of("reason", "Bukan kewenangan kami"))
                        .post(LINKS + "/" + id + "/" + decision).statusCode()).toList();
        List<Integer> outcome = Concurrently.run(decisions);
        assertEquals(List.of(200, 409, 409), outcome.stream().sorted().toList());
        analyst().get(LINKS + "/" + id).then().statusCode(200).body("transitions", hasSize(2));
    }

    /** A retried proposal with the same Idempotency-Key creates nothing new, even when both tries race. */
    @Test
    void aRetriedProposalWithItsIdempotencyKeyCreatesNoSecondLink() throws Exception {
        Map<String, Object> body = proposal("S1", "S1", "DIALOGUE", kemenpan);
        String key = java.util.UUID.randomUUID().toString();
        long id = planner(kemenpan).header("Idempotency-Key", key).body(body).post(LINKS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        planner(kemenpan).header("Idempotency-Key", key).body(body).post(LINKS).then().statusCode(201)
                .header("Idempotency-Replayed", "true").body("id", equalTo((int) id));
        Map<String, Object> other = proposal("S1", "S1", "MERGER", kemenpan);
        planner(kemenpan).header("Idempotency-Key", key).body(other).post(LINKS).then().statusCode(422)
                .body("violations[0].parameter", equalTo("Idempotency-Key"))
                .body("violations[0].rule", equalTo("IDEMPOTENCY_KEY_REUSED"));
        planner(kemenpan).header("Idempotency-Key", "has spaces in it").body(body).post(LINKS).then().statusCode(400);

        String raced = java.util.UUID.randomUUID().toString();
        Map<String, Object> racing = proposal("P1", null, "INVOLVEMENT", kemenpan);
        Callable<Long> retry = () -> planner(kemenpan).header("Idempotency-Key", raced).body(racing).post(LINKS).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        List<Long> ids = Concurrently.run(List.of(retry, retry));
        long first = ids.get(0);
        assertEquals(first, ids.get(1));
        analyst().queryParam("agency", kemenpan).queryParam("period", period).get(LINKS).then().statusCode(200)
                .body("items.id.findAll { it == " + first + " }", hasSize(1)).body("total", equalTo(2));
    }
}
