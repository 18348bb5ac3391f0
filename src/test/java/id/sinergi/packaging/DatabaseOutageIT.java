package id.sinergi.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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

    @Test
    void answers503WhileTheDatabaseIsDownRecoversAfterAndNeverStoresHalfATree() throws Exception {
        Path data = Files.createTempDirectory("sinergi-outage");
        int databasePort = PackagedApplication.freePort();
        EmbeddedPostgres database = start(data, databasePort);
        Path log = Path.of("target/database-outage.log");
        PackagedApplication application = PackagedApplication.start(database.getJdbcUrl("postgres", "postgres"), log);
        try {
            assertTrue(application.waitFor("/q/health/ready", 200), "not ready; see " + log);
            String admin = DevTokens.sign("admin", null);
            String planner = DevTokens.sign("planner", "KEMENPANRB");
            assertEquals(201, application.send("POST", "/api/v1/admin/demo-dataset", admin, null, null).statusCode());
            String tree = "/api/v1/agencies/KEMENPANRB/cascades/2025-2029";
            String big = bigTree();

            // cut the database off while a large revision is being written
            CompletableFuture<HttpResponse<String>> cutOff = CompletableFuture.supplyAsync(() -> {
                try {
                    return application.send("PUT", tree, planner, "\"1\"", big);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(700);
            database.close();
            int cutStatus = cutOff.get().statusCode();
            assertTrue(cutStatus == 200 || cutStatus == 503, "the cut-off write answered " + cutStatus);

            HttpResponse<String> down = application.send("GET", tree, planner, null, null);
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(down.body().contains("urn:sinergi:problem:unavailable"), down.body());
            assertEquals("5", down.headers().firstValue("Retry-After").orElse(""));
            String requestId = down.headers().firstValue("X-Request-Id").orElseThrow();
            assertTrue(Files.readString(log).contains("\"requestId\":\"" + requestId + "\""),
                    "the JSON log lines of a request carry its X-Request-Id");
            assertEquals(503, application.send("GET", "/api/v1/reports/synergy?period=2025-2029", admin, null, null).statusCode());
            assertEquals(503, application.send("PUT", tree, planner, "*", big).statusCode());
            assertEquals(503, application.get("/q/health/ready").statusCode());
            assertEquals(200, application.get("/q/health/live").statusCode());

            database = start(data, databasePort);
            assertTrue(application.waitFor("/q/health/ready", 200), "no recovery after the database came back");
            HttpResponse<String> back = application.send("GET", tree, planner, null, null);
            assertEquals(200, back.statusCode());
            String version = back.headers().firstValue("ETag").orElseThrow();
            assertTrue(version.startsWith(cutStatus == 200 ? "\"2." : "\"1."), "the tree is at the last committed version: " + version);
            assertEquals(200, application.send("PUT", tree, planner, version, big).statusCode(), "writes work again");
            try (Connection connection = database.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement();
                 ResultSet incomplete = statement.executeQuery("select count(*) from tree_version v "
                         + "where v.node_count <> (select count(*) from tree_node n where n.version_id = v.id) "
                         + "or v.node_count <> (select count(*) from tree_node_document d where d.version_id = v.id)")) {
                incomplete.next();
                assertEquals(0, incomplete.getInt(1), "a version was stored without all its nodes");
            }
        } finally {
            application.close();
            database.close();
        }
    }

    static EmbeddedPostgres start(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setPGStartupWait(PackagedApplication.DATABASE_STARTUP).start();
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
}
