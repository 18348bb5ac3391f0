package id.sinergi.packaging;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (target/quarkus-app) running in a process of its own against a database
 * given only through DB_URL, DB_USER and DB_PASSWORD, trusting the development key pair (DevTokens),
 * and an HTTP client for it.
 */
final class PackagedApplication implements AutoCloseable {

    static final Path APP = Path.of("target/quarkus-app");
    /** How long a test database may take to start: seconds on a busy machine, not the builder's default 10. */
    static final Duration DATABASE_STARTUP = Duration.ofSeconds(60);

    private final Process process;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private PackagedApplication(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    static PackagedApplication start(String jdbcUrl, Path log) throws IOException {
        return start(jdbcUrl, log, Map.of());
    }

    /** Started with more environment variables (settings) beside the database and key. */
    static PackagedApplication start(String jdbcUrl, Path log, Map<String, String> settings) throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", APP.resolve("quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(new File(log.toString()));
        builder.environment().put("DB_URL", jdbcUrl);
        builder.environment().put("DB_USER", "postgres");
        builder.environment().put("DB_PASSWORD", "postgres");
        builder.environment().put("JWT_PUBLIC_KEY_LOCATION", "src/main/dev-jwt/publicKey.pem");
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().putAll(settings);
        return new PackagedApplication(builder.start(), "http://localhost:" + port);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Whether the path answers the status within 90 seconds (the application may still be starting). */
    boolean waitFor(String path, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (get(path).statusCode() == status) {
                    return true;
                }
            } catch (IOException notYetListening) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** The exit code once the process has ended within the time given, or empty while it still runs. */
    OptionalInt exitCode(Duration within) throws InterruptedException {
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS) ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null, null);
    }

    /** A request; token, If-Match and a JSON body each only when not null. */
    HttpResponse<String> send(String method, String path, String token, String ifMatch, String body)
            throws IOException, InterruptedException {
        return request(method, path, token, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch), body);
    }

    /** A request with more headers; token and a JSON body each only when not null. */
    HttpResponse<String> request(String method, String path, String token, Map<String, String> headers, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
