package id.sinergi.budget;

import static id.sinergi.support.Api.admin;
import static id.sinergi.support.Api.analyst;
import static id.sinergi.support.Api.createAgency;
import static id.sinergi.support.Api.createPeriod;
import static id.sinergi.support.Api.planner;
import static id.sinergi.support.Trees.node;
import static id.sinergi.support.Trees.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NomenclatureResourceTest {

    static final String LIST = "code,name\r\n"
            + "1.02.02,PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT\r\n"
            + "1.02.02.2.02,\"Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota\"\r\n"
            + "1.02.02.2.02.0001,Pengelolaan Pelayanan Kesehatan Ibu Hamil\r\n";

    @AfterEach
    void turnTheCheckOff() {
        admin().contentType("text/csv").body("code,name\n").put("/api/v1/nomenclature").then().statusCode(200);
    }

    @Test
    void aLoadedListChecksTheCodesOfTreesSubmittedAfterIt() {
        admin().contentType("text/csv").body(LIST).put("/api/v1/nomenclature").then().statusCode(200)
                .body("programmes", equalTo(1)).body("activities", equalTo(1)).body("subActivities", equalTo(1));
        analyst().queryParam("prefix", "1.02.02.2").get("/api/v1/nomenclature").then().statusCode(200)
                .body("total", equalTo(2)).body("items.code", contains("1.02.02.2.02", "1.02.02.2.02.0001"))
                .body("items.level", contains("ACTIVITY", "SUB_ACTIVITY"));

        String agency = createAgency("DINKES", "REGIONAL_OFFICE", null);
        String tree = "/api/v1/agencies/" + agency + "/cascades/" + createPeriod(2025, 2029);
        Map<String, Object> listed = Map.of("nodes", List.of(node("G1", null, "GOAL", agency),
                node("S1", "G1", "TARGET", agency), with(node("P1", "S1", "PROGRAM", agency), "code", "1.02.02"),
                with(node("K1", "P1", "ACTIVITY", agency), "code", "1.02.02.2.02"),
                with(node("K1-1", "K1", "SUB_ACTIVITY", agency), "code", "1.02.02.2.02.0002")));
        planner(agency).body(listed).put(tree).then().statusCode(422)
                .body("violations.pointer", contains("/nodes/4/code"))
                .body("violations.rule", contains("CODE_UNKNOWN"));
        admin().contentType("text/csv").body(LIST + "1.02.02.2.02.0002,Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir\r\n")
                .put("/api/v1/nomenclature").then().statusCode(200).body("subActivities", equalTo(2));
        planner(agency).body(listed).put(tree).then().statusCode(201);
        analyst().get(tree).then().statusCode(200).body("nodes[4].code", equalTo("1.02.02.2.02.0002"));
    }

    @Test
    void everyBadRowIsListedAndTheListInForceStays() {
        admin().contentType("text/csv").body(LIST).put("/api/v1/nomenclature").then().statusCode(200);
        admin().contentType("text/csv").body("code,name\n1.2.02,Salah\n1.02.02,Dua kali\n1.02.02,Lagi\n1.02.03,\n")
                .put("/api/v1/nomenclature").then().statusCode(422)
                .body("violations.pointer", contains("/line/2/code", "/line/4/code", "/line/5/name"))
                .body("violations.rule", contains("CODE_FORMAT", "CODE_DUPLICATE", "REQUIRED"));
        admin().contentType("text/csv").body("kode,nama\n1.02.02,x\n").put("/api/v1/nomenclature").then().statusCode(422)
                .body("violations[0].rule", equalTo("CSV_HEADER"));
        admin().contentType("text/csv").body("code,name\n1.02.02,\"open\n").put("/api/v1/nomenclature").then()
                .statusCode(422).body("violations[0].rule", equalTo("CSV_MALFORMED"))
                .body("violations[0].pointer", equalTo("/line/2"));
        analyst().get("/api/v1/nomenclature").then().statusCode(200).body("total", equalTo(3));
        planner("DINKES").contentType("text/csv").body(LIST).put("/api/v1/nomenclature").then().statusCode(403);
        admin().contentType("application/json").body("{}").put("/api/v1/nomenclature").then().statusCode(415);
    }
}
