package id.sinergi.realisation;

import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.inspectorate;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Api.token;
import static id.sinergi.support.Trees.example;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class EvidenceResourceTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    String agency;
    String realisation;

    @BeforeEach
    void setUp() {
        agency = createAgency("KEMENPANRB", "MINISTRY", null);
        String tree = "/api/v1/agencies/" + agency + "/cascades/" + createPeriod(2025, 2029);
        planner(agency).body(example(agency)).put(tree).then().statusCode(201);
        realisation = tree + "/indicators/IKU-S1-1/realisations/2025";
        planner(agency).body(Map.of("value", 76.5)).put(realisation).then().statusCode(201);
    }

    static RequestSpecification raw(String role, String agency, String contentType, byte[] body) {
        return given().auth().oauth2(token(role, agency, false)).contentType(contentType).body(body);
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void uploadsListsAndServesAFileWithItsChecksum() throws Exception {
        String location = raw("planner", agency, "application/pdf", PDF).queryParam("name", "Laporan TW IV — final.pdf")
                .post(realisation + "/evidence").then().statusCode(201)
                .body("fileName", equalTo("Laporan TW IV — final.pdf")).body("contentType", equalTo("application/pdf"))
                .body("size", equalTo(PDF.length)).body("sha256", equalTo(sha256(PDF)))
                .body("uploadedBy", equalTo("planner." + agency.toLowerCase()))
                .header("Location", matchesPattern(".*/realisations/2025/evidence/\\d+")).extract().header("Location");
        analyst().get(realisation + "/evidence").then().statusCode(200)
                .body("fileName", contains("Laporan TW IV — final.pdf")).body("[0].sha256", equalTo(sha256(PDF)));

        byte[] served = given().auth().oauth2(token("analyst", null, false)).get(location).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"Laporan TW IV _ final.pdf\"; "
                        + "filename*=UTF-8''Laporan%20TW%20IV%20%E2%80%94%20final.pdf"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("ETag", equalTo("\"" + sha256(PDF) + "\""))
                .header("Repr-Digest", equalTo("sha-256=:" + Base64.getEncoder().encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(PDF)) + ":"))
                .extract().asByteArray();
        assertArrayEquals(PDF, served);
        inspectorate().get(location).then().statusCode(200);
    }

    @Test
    void refusesFilesThatAreNotWhatTheySay() {
        raw("planner", agency, "image/png", PDF).queryParam("name", "foto.png").post(realisation + "/evidence").then()
                .statusCode(422).body("violations[0].rule", equalTo("CONTENT_NOT_OF_TYPE"));
        raw("planner", agency, "text/html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
                .queryParam("name", "x.html").post(realisation + "/evidence").then().statusCode(415)
                .body("type", equalTo("urn:sinergi:problem:unsupported-media-type"));
        raw("planner", agency, "text/csv", new byte[] {'a', ',', (byte) 0xC3, '\n'}).queryParam("name", "data.csv")
                .post(realisation + "/evidence").then().statusCode(422);
        raw("planner", agency, "text/csv; charset=utf-8", "tahun,nilai\n2025,76.5\n".getBytes(StandardCharsets.UTF_8))
                .queryParam("name", "data.csv").post(realisation + "/evidence").then().statusCode(201)
                .body("contentType", equalTo("text/csv"));
        raw("planner", agency, "application/pdf", new byte[0]).queryParam("name", "kosong.pdf").post(realisation + "/evidence")
                .then().statusCode(422);
        raw("planner", agency, "application/pdf", PDF).post(realisation + "/evidence").then().statusCode(400)
                .body("violations[0].parameter", equalTo("name"));
        raw("planner", agency, "application/pdf", PDF).queryParam("name", "../../etc/passwd").post(realisation + "/evidence")
                .then().statusCode(400).body("violations[0].rule", equalTo("FILE_NAME"));
        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        raw("planner", agency, "application/pdf", large).queryParam("name", "besar.pdf").post(realisation + "/evidence")
                .then().statusCode(413).body("type", equalTo("urn:sinergi:problem:payload-too-large"));
        raw("planner", agency, "application/pdf", PDF).queryParam("name", "x.pdf")
                .post(realisation.replace("/2025", "/2026") + "/evidence").then().statusCode(404);
        analyst().get(realisation + "/evidence").then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void onlyTheAgencysPlannersChangeEvidenceAndOnlyWhileTheFigureMayChange() {
        String stranger = createAgency("KSP", "NON_MINISTERIAL_AGENCY", null);
        raw("planner", stranger, "application/pdf", PDF).queryParam("name", "x.pdf").post(realisation + "/evidence").then()
                .statusCode(403);
        raw("analyst", null, "application/pdf", PDF).queryParam("name", "x.pdf").post(realisation + "/evidence").then()
                .statusCode(403);
        String location = raw("planner", agency, "application/pdf", PDF).queryParam("name", "a.pdf")
                .post(realisation + "/evidence").then().statusCode(201).extract().header("Location");
        String second = raw("planner", agency, "application/pdf", PDF).queryParam("name", "b.pdf")
                .post(realisation + "/evidence").then().statusCode(201).extract().header("Location");
        given().auth().oauth2(token("planner", agency, false)).delete(second).then().statusCode(204);
        given().auth().oauth2(token("analyst", null, false)).get(second).then().statusCode(404);

        planner(agency).body(Map.of("status", "SUBMITTED")).post(realisation + "/status").then().statusCode(200);
        raw("planner", agency, "application/pdf", PDF).queryParam("name", "c.pdf").post(realisation + "/evidence").then()
                .statusCode(409);
        given().auth().oauth2(token("planner", agency, false)).delete(location).then().statusCode(409);
        given().auth().oauth2(token("planner", stranger, false)).delete(location).then().statusCode(403);
        analyst().get(realisation + "/evidence").then().statusCode(200).body("fileName", contains("a.pdf"));
    }
}
