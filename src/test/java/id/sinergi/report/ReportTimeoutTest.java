package id.sinergi.report;

import static id.sinergi.support.Api.analyst;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A report that runs past its statement timeout is stopped and answers 503, not 500 and not a hung request. */
@QuarkusTest
@TestProfile(ReportTimeoutTest.OneMillisecond.class)
class ReportTimeoutTest {

    public static class OneMillisecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sinergi.reports.statement-timeout", "1ms", "sinergi.demo.load-on-start", "true");
        }
    }

    @Test
    void aReportPastItsTimeoutAnswers503() {
        analyst().queryParam("period", "2025-2029").queryParam("year", 2025).get("/api/v1/reports/crosscutting-matrix")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:sinergi:problem:timeout"));
        analyst().get("/api/v1/agencies/KSP").then().statusCode(200);
    }
}
