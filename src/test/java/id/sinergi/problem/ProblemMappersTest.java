package id.sinergi.problem;

import static id.sinergi.support.Api.analyst;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Failures that no single resource owns still answer with problem documents. */
@QuarkusTest
class ProblemMappersTest {

    @Test
    void unknownPathsAndMethodsAreProblems() {
        analyst().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:sinergi:problem:not-found"));
        analyst().delete("/api/v1/periods").then().statusCode(405)
                .contentType("application/problem+json").body("type", equalTo("urn:sinergi:problem:method-not-allowed"));
        analyst().accept("application/xml").get("/api/v1/periods").then().statusCode(406)
                .contentType("application/problem+json");
    }
}
