package id.sinergi.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The packaged application with its reports on a real hot standby: a second PostgreSQL 17 from the same binaries,
 * streaming from the primary (a cold copy of the primary's data directory with standby.signal and
 * primary_conninfo). DB_URL names the primary, DB_RO_URL the standby. A report lags a write while the standby has
 * not replayed it, and says so (X-Read-From, X-Data-As-Of); X-Read-From: primary reads one's own write at once; a
 * report about to be computed waits for the standby to catch up, or is computed on the primary; the standby down,
 * reports read the primary and writes go on; the standby back, reports return to it.
 */
class HotStandbyIT {

    private static final String REPORT = "/api/v1/reports/achievement/indicators?period=2025-2029&year=2025&agency=KEMENPANRB";
    private static final String REALISATION = "/api/v1/agencies/KEMENPANRB/cascades/2025-2029/indicators/IK-K2/realisations/";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void reportsReadTheStandbySayHowFreshAndFallBackToThePrimary() throws Exception {
        Path primaryData = Files.createTempDirectory("sinergi-primary");
        Path standbyData = Files.createTempDirectory("sinergi-standby").resolve("data");
        int primaryPort = PackagedApplication.freePort();
        int standbyPort = PackagedApplication.freePort();
        EmbeddedPostgres primary = startPrimary(primaryData, primaryPort);
        primary.close();
        copy(primaryData, standbyData);
        Files.createFile(standbyData.resolve("standby.signal"));
        // in the configuration file: pg_ctl's -o would split the value at its spaces
        Files.writeString(standbyData.resolve("postgresql.auto.conf"),
                "primary_conninfo = 'host=localhost port=" + primaryPort + " user=postgres'\n", StandardOpenOption.APPEND);
        primary = startPrimary(primaryData, primaryPort);
        EmbeddedPostgres standby = startStandby(standbyData, standbyPort);
        Path log = Path.of("target/hot-standby.log");
        String standbyUrl = standby.getJdbcUrl("postgres", "postgres");
        PackagedApplication application = PackagedApplication.start(primary.getJdbcUrl("postgres", "postgres"), log,
                Map.of("DB_RO_URL", standbyUrl));
        try {
            assertTrue(application.waitFor("/q/health/ready", 200), "not ready; see " + log);
            String admin = DevTokens.sign("admin", null);
            String planner = DevTokens.sign("planner", "KEMENPANRB");
            assertEquals(201, application.request("POST", "/api/v1/admin/demo-dataset", admin, Map.of(), null).statusCode());

            // the standby has replayed the demo dataset: its answer is the primary's
            HttpResponse<String> fromPrimary = read(application, admin, true);
            assertEquals("primary", fromPrimary.headers().firstValue("X-Read-From").orElseThrow());
            HttpResponse<String> before = until(application, admin, r -> tag(r).equals(tag(fromPrimary)));
            assertEquals("standby", before.headers().firstValue("X-Read-From").orElseThrow());
            assertEquals(fromPrimary.body(), before.body());

            // the standby stops replaying: a write is on the primary only
            query(standbyUrl, "select pg_wal_replay_pause()");
            untilTrue(() -> "paused".equals(query(standbyUrl, "select pg_get_wal_replay_pause_state()")));
            Instant written = Instant.now();
            report(application, planner, "2025-Q3", 9);

            HttpResponse<String> lagging = read(application, admin, false);
            assertEquals("standby", lagging.headers().firstValue("X-Read-From").orElseThrow());
            assertEquals(tag(before), tag(lagging), "the standby has not replayed the write");
            assertEquals(before.body(), lagging.body());
            assertTrue(asOf(lagging).isBefore(written), "X-Data-As-Of " + asOf(lagging) + " tells the answer is older "
                    + "than the write at " + written);

            HttpResponse<String> ownWrite = read(application, admin, true);
            assertEquals("primary", ownWrite.headers().firstValue("X-Read-From").orElseThrow());
            assertNotEquals(tag(before), tag(ownWrite));
            assertNotEquals(before.body(), ownWrite.body(), "the primary's answer has the write");
            assertFalse(asOf(ownWrite).isBefore(written));

            // an answer not kept yet waits for the standby to catch up (REPORT_STANDBY_CATCH_UP), then reads the primary
            HttpResponse<String> computed = application.request("GET", "/api/v1/reports/synergy?period=2025-2029", admin,
                    Map.of(), null);
            assertEquals(200, computed.statusCode(), computed.body());
            assertEquals("primary", computed.headers().firstValue("X-Read-From").orElseThrow());

            // replayed: the standby answers what the primary answered
            query(standbyUrl, "select pg_wal_replay_resume()");
            HttpResponse<String> replayed = until(application, admin, r -> tag(r).equals(tag(ownWrite)));
            assertEquals("standby", replayed.headers().firstValue("X-Read-From").orElseThrow());
            assertEquals(ownWrite.body(), replayed.body());
            assertFalse(asOf(replayed).isBefore(written), "the standby has replayed the write");

            // the standby down: reports read the primary, writes go on, the application stays ready
            standby.close();
            HttpResponse<String> fallback = read(application, admin, false);
            assertEquals(200, fallback.statusCode(), fallback.body());
            assertEquals("primary", fallback.headers().firstValue("X-Read-From").orElseThrow());
            assertEquals(ownWrite.body(), fallback.body());
            report(application, planner, "2025-Q4", 3);
            assertEquals(200, application.get("/q/health/ready").statusCode());
            HttpResponse<String> afterWrite = read(application, admin, false);
            assertEquals("primary", afterWrite.headers().firstValue("X-Read-From").orElseThrow());
            assertNotEquals(tag(ownWrite), tag(afterWrite));

            // the standby back: reports return to it
            standby = startStandby(standbyData, standbyPort);
            HttpResponse<String> back = until(application, admin,
                    r -> "standby".equals(r.headers().firstValue("X-Read-From").orElse("")) && tag(r).equals(tag(afterWrite)));
            assertEquals(afterWrite.body(), back.body());
        } finally {
            application.close();
            standby.close();
            primary.close();
        }
    }

    /** A planner reports a realisation of IK-K2 (new or replacing one). */
    private static void report(PackagedApplication application, String token, String period, int value) throws Exception {
        HttpResponse<String> written = application.request("PUT", REALISATION + period, token, Map.of(),
                "{\"value\": " + value + "}");
        assertTrue(written.statusCode() == 200 || written.statusCode() == 201, written.body());
    }

    private static HttpResponse<String> read(PackagedApplication application, String token, boolean fromPrimary)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = application.request("GET", REPORT, token,
                fromPrimary ? Map.of("X-Read-From", "primary") : Map.of(), null);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer;
    }

    /** The report, asked again until it answers as expected (within a minute). */
    private static HttpResponse<String> until(PackagedApplication application, String token,
                                              Predicate<HttpResponse<String>> expected) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        HttpResponse<String> answer = read(application, token, false);
        while (!expected.test(answer)) {
            assertTrue(Instant.now().isBefore(deadline), "never answered as expected; last: " + answer.headers().map());
            Thread.sleep(200);
            answer = read(application, token, false);
        }
        return answer;
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void untilTrue(Condition condition) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.holds()) {
            assertTrue(Instant.now().isBefore(deadline), "never came true");
            Thread.sleep(100);
        }
    }

    private static String tag(HttpResponse<String> answer) {
        return answer.headers().firstValue("ETag").orElseThrow();
    }

    private static Instant asOf(HttpResponse<String> answer) {
        return Instant.parse(answer.headers().firstValue("X-Data-As-Of").orElseThrow());
    }

    private static EmbeddedPostgres startPrimary(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("wal_level", "replica").setServerConfig("max_wal_senders", "4")
                .setServerConfig("wal_keep_size", "256MB")
                .setPGStartupWait(PackagedApplication.DATABASE_STARTUP).start();
    }

    private static EmbeddedPostgres startStandby(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("hot_standby", "on")
                .setPGStartupWait(PackagedApplication.DATABASE_STARTUP).start();
    }

    /** A cold copy, owner and modes kept (the server refuses a data directory open to others). */
    private static void copy(Path from, Path to) throws IOException, InterruptedException {
        Process copy = new ProcessBuilder("cp", "-a", from.toString(), to.toString()).inheritIO().start();
        assertEquals(0, copy.waitFor(), "cp -a " + from + " " + to);
    }

    private static String query(String url, String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery(statement)) {
            row.next();
            return row.getString(1);
        }
    }
}
