package id.sinergi.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.problem.Text;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.problem.Violation;
import id.sinergi.security.Caller;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Idempotency-Key for requests that create something: a retried request (same caller, same key, same
 * body) gets the first result and creates nothing; the same key with a different request is 422. Race
 * free: the key is claimed by inserting it in the request's own transaction, so a concurrent retry waits
 * on the unique key until the first commits (then replays it) or rolls back (then runs itself).
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String DESCRIPTION = "Any unique string (a UUID): a retry with the same key and body creates "
            + "nothing new and answers the first result (as it is now, with Idempotency-Replayed: true); the same key "
            + "with another body is 422";
    private static final Pattern SANE = Pattern.compile("[\\x21-\\x7e]{1,200}");

    @Inject
    Jdbi jdbi;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /** What a claim found: nothing yet (go ahead, then {@link #complete}), or the result of the first request. */
    private record Claim(String key, OptionalLong earlierResult) {
        boolean replay() {
            return earlierResult.isPresent();
        }
    }

    /** What a creating request made: the id recorded against the key, and what to answer. */
    public record Created<T>(long id, T value) {
    }

    /**
     * Runs a creating request at most once per caller and key, inside the caller's transaction: a retry with
     * the same body answers what the first request created, as it is now (earlier: read by its id); the same
     * key with another body is 422; without a key, create simply runs. Scope names the kind of request.
     */
    public <T> Idempotent<T> once(String key, String scope, Object request, LongFunction<T> earlier,
                                  Supplier<Created<T>> create) {
        Claim claim = claim(key, scope, request);
        if (claim.replay()) {
            return new Idempotent<>(earlier.apply(claim.earlierResult().getAsLong()), true);
        }
        Created<T> created = create.get();
        complete(claim, created.id());
        return new Idempotent<>(created.value(), false);
    }

    /** Claims the key for this caller and request, inside the caller's transaction; null key: no claim. */
    private Claim claim(String key, String scope, Object request) {
        if (key == null) {
            return new Claim(null, OptionalLong.empty());
        }
        if (!SANE.matcher(key).matches()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                    Text.of("idempotency.detail"), List.of(Violation.parameter(
                    HEADER, "IDEMPOTENCY_KEY_INVALID", Text.of("idempotency.idempotency-key-invalid"))));
        }
        String hash = hash(scope, request);
        return jdbi.withHandle(handle -> {
            boolean claimed = handle.createUpdate("insert into idempotency_key (caller, key, scope, request_hash, created_at) "
                            + "values (:caller, :key, :scope, :hash, :at) on conflict do nothing")
                    .bind("caller", caller.name()).bind("key", key).bind("scope", scope).bind("hash", hash)
                    .bind("at", Instant.now()).execute() == 1;
            if (claimed) {
                return new Claim(key, OptionalLong.empty());
            }
            Earlier earlier = handle.createQuery("select scope, request_hash, result_id from idempotency_key "
                            + "where caller = :caller and key = :key")
                    .bind("caller", caller.name()).bind("key", key).map(EARLIER).one();
            if (!earlier.scope().equals(scope) || !earlier.requestHash().equals(hash)) {
                throw new ProblemException(ProblemType.VALIDATION,
                        Text.of("idempotency.detail-2", key), List.of(Violation.parameter(
                        HEADER, "IDEMPOTENCY_KEY_REUSED", Text.of("idempotency.idempotency-key-reused"))));
            }
            return new Claim(key, OptionalLong.of(earlier.resultId()));
        });
    }

    /** The claim an earlier request made with the same key. */
    private record Earlier(String scope, String requestHash, long resultId) {
    }

    private static final RowMapper<Earlier> EARLIER = ConstructorMapper.of(Earlier.class);

    /** Records what the claimed request created, in the same transaction as creating it. */
    private void complete(Claim claim, long resultId) {
        if (claim.key() == null) {
            return;
        }
        jdbi.useHandle(handle -> handle.createUpdate("update idempotency_key set result_id = :result "
                        + "where caller = :caller and key = :key")
                .bind("result", resultId).bind("caller", caller.name()).bind("key", claim.key()).execute());
    }

    private String hash(String scope, Object request) {
        try {
            byte[] body = json.writeValueAsBytes(request);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(scope.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash the request", e);
        }
    }
}
