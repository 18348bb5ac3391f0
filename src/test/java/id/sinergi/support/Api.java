package id.sinergi.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/** Requests as a given role, and the fixtures most tests need. Codes are unique per call: tests share one database. */
public final class Api {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    public static final String ISSUER = "https://sinergi.local/issuer";

    private Api() {
    }

    /** A code no other test uses, e.g. "KEMENPANRB-17". */
    public static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() % 1000 + "x" + SEQUENCE.incrementAndGet();
    }

    public static String token(String role, String agency, boolean children) {
        var claims = Jwt.issuer(ISSUER).upn(role + "." + (agency == null ? "all" : agency.toLowerCase()))
                .groups(role).expiresIn(Duration.ofMinutes(30));
        if (agency != null) {
            claims.claim("agency", agency).claim("agency_children", children);
        }
        return claims.sign();
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return as(token("admin", null, false));
    }

    public static RequestSpecification analyst() {
        return as(token("analyst", null, false));
    }

    public static RequestSpecification planner(String agency) {
        return as(token("planner", agency, false));
    }

    /** A verifier of the agencies below the given one (its parent's inspectorate unit). */
    public static RequestSpecification verifier(String agency) {
        return as(token("verifier", agency, false));
    }

    /** A verifier for every agency (an inspectorate). */
    public static RequestSpecification inspectorate() {
        return as(Jwt.issuer(ISSUER).upn("inspektorat").groups("verifier").claim("inspectorate", true)
                .expiresIn(Duration.ofMinutes(30)).sign());
    }

    public static String createAgency(String prefix, String kind, String parent) {
        String code = unique(prefix);
        admin().body(parent == null ? Map.of("code", code, "name", "Instansi " + code, "kind", kind)
                        : Map.of("code", code, "name", "Instansi " + code, "kind", kind, "parent", parent))
                .post("/api/v1/agencies").then().statusCode(201);
        return code;
    }

    public static String createPeriod(int firstYear, int lastYear) {
        String code = unique(firstYear + "-" + lastYear);
        admin().body(Map.of("code", code, "firstYear", firstYear, "lastYear", lastYear))
                .post("/api/v1/periods").then().statusCode(201);
        return code;
    }
}
