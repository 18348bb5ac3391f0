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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The packaged application while its database goes away and comes back: 503 problem documents and
 * readiness DOWN while it is down (liveness stays UP: restarting the pod would not help), full recovery
 * after, and no partial tree stored by a submission the outage cut off in the middle.
 */
class DatabaseOutageIT {

    static final Path APP = Path.of("target/quarkus-app");
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String base;

    @Test
    void answers503WhileTheDatabaseIsDownRecoversAfterAndNeverStoresHalfATree() throws Exception {
        Path data = Files.createTempDirectory("sinergi-outage");
        int databasePort = freePort();
        EmbeddedPostgres database = start(data, databasePort);
        int port = freePort();
        base = "http://localhost:" + port;
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", APP.resolve("quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(new File("target/database-outage.log"));
        builder.environment().put("DB_URL", database.getJdbcUrl("postgres", "postgres"));
        builder.environment().put("DB_USER", "postgres");
        builder.environment().put("DB_PASSWORD", "postgres");
        builder.environment().put("JWT_PUBLIC_KEY_LOCATION", "src/main/dev-jwt/publicKey.pem");
        builder.environment().put("PORT", String.valueOf(port));
        Process application = builder.start();
        try {
            assertTrue(waitFor("/q/health/ready", 200), "not ready; see target/database-outage.log");
            String admin = DevTokens.sign("admin", null);
            String planner = DevTokens.sign("planner", "KEMENPANRB");
            assertEquals(201, send("POST", "/api/v1/admin/demo-dataset", admin, null, null).statusCode());
            String tree = "/api/v1/agencies/KEMENPANRB/cascades/2025-2029";
            String big = bigTree();

            // cut the database off while a large revision is being written
            CompletableFuture<HttpResponse<String>> cutOff = CompletableFuture.supplyAsync(() -> {
                try {
                    return send("PUT", tree, planner, "\"1\"", big);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(700);
            database.close();
            int cutStatus = cutOff.get().statusCode();
            assertTrue(cutStatus == 200 || cutStatus == 503, "the cut-off write answered " + cutStatus);

            HttpResponse<String> down = send("GET", tree, planner, null, null);
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(down.body().contains("urn:sinergi:problem:unavailable"), down.body());
            assertEquals("5", down.headers().firstValue("Retry-After").orElse(""));
            String requestId = down.headers().firstValue("X-Request-Id").orElseThrow();
            assertTrue(Files.readString(Path.of("target/database-outage.log")).contains("\"requestId\":\"" + requestId + "\""),
                    "the JSON log lines of a request carry its X-Request-Id");
            assertEquals(503, send("GET", "/api/v1/reports/synergy?period=2025-2029", admin, null, null).statusCode());
            assertEquals(503, send("PUT", tree, planner, "*", big).statusCode());
            assertEquals(503, get("/q/health/ready"));
            assertEquals(200, get("/q/health/live"));

            database = start(data, databasePort);
            assertTrue(waitFor("/q/health/ready", 200), "no recovery after the database came back");
            HttpResponse<String> back = send("GET", tree, planner, null, null);
            assertEquals(200, back.statusCode());
            String version = back.headers().firstValue("ETag").orElseThrow();
            assertEquals(cutStatus == 200 ? "\"2\"" : "\"1\"", version, "the tree is at the last committed version");
            assertEquals(200, send("PUT", tree, planner, version, big).statusCode(), "writes work again");
            try (Connection connection = database.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement();
                 ResultSet incomplete = statement.executeQuery("select count(*) from tree_version v "
                         + "where v.node_count <> (select count(*) from tree_node n where n.version_id = v.id) "
                         + "or v.node_count <> (select count(*) from tree_node_document d where d.version_id = v.id)")) {
                incomplete.next();
                assertEquals(0, incomplete.getInt(1), "a version was stored without all its nodes");
            }
        } finally {
            application.destroy();
            application.waitFor();
            database.close();
        }
    }

    static EmbeddedPostgres start(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    /** A revision of KemenPAN-RB's demo tree large enough to be in flight for a while: 40 programmes x 50 activities. */
    static String bigTree() {
        List<String> nodes = new ArrayList<>();
        nodes.add(node("T1", null, "GOAL"));
        nodes.add(node("S1", "T1", "TARGET"));
        for (int p = 0; p < 40; p++) {
            nodes.add(node("P" + p, "S1", "PROGRAM"));
            for (int k = 0; k < 50; k++) {
                nodes.add(node("K" + p + "-" + k, "P" + p, "ACTIVITY"));
            }
        }
        return "{\"nodes\":[" + String.join(",", nodes) + "]}";
    }

    static String node(String key, String parent, String level) {
        return "{\"key\":\"" + key + "\"," + (parent == null ? "" : "\"parent\":\"" + parent + "\",") + "\"level\":\"" + level
                + "\",\"statement\":\"Pernyataan " + key + "\",\"owner\":{\"agency\":\"KEMENPANRB\"},\"indicators\":[{\"key\":\"I-"
                + key + "\",\"name\":\"Indikator " + key + "\",\"unit\":\"persen\",\"iku\":false,\"polarity\":\"HIGHER_IS_BETTER\","
                + "\"weight\":1,\"combine\":\"AVERAGE\",\"targets\":[{\"year\":2025,\"value\":80},{\"year\":2026,\"value\":85}]}]}";
    }

    HttpResponse<String> send(String method, String path, String token, String ifMatch, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    int get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    boolean waitFor(String path, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (get(path) == status) {
                    return true;
                }
            } catch (IOException notYetListening) {
                // the application is still starting
            }
            Thread.sleep(500);
        }
        return false;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
