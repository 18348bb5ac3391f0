package id.sinergi.cache;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.sinergi.config.SinergiConfig;

/**
 * Rendered answers (status 200) kept by their key, bounded by the bytes they hold (ANSWER_CACHE_SIZE), the
 * least recently used going first. A key names the generation the answer was computed at, so an entry never
 * needs to be removed for being stale: a write makes new keys, and the old entries age out.
 *
 * <p>An answer being computed is computed once: after a write, every dashboard asks again at about the same
 * time, and the first to ask computes while the others wait for it ({@link #lead}, {@link #follow}), at most
 * {@link #FOLLOW_SECONDS}, then compute themselves. {@link #finish} ends a computation.
 */
@ApplicationScoped
public class AnswerCache {

    /** An answer as sent: its entity tag, media type, the headers it carried and its body. */
    public record Stored(String entityTag, String mediaType, List<Map.Entry<String, String>> headers, byte[] body) {
    }

    /** What an entry costs beyond its body: key, tag, headers. */
    private static final int OVERHEAD = 512;

    /** How long a second ask waits for the first to keep its answer; a computation gone astray costs this once. */
    static final int FOLLOW_SECONDS = 5;

    private final Map<String, CompletableFuture<Void>> computing = new ConcurrentHashMap<>();

    private Cache<String, Stored> answers;
    private long largest;

    @Inject
    void build(SinergiConfig config) {
        long bytes = config.cache().maxSize().asLongValue();
        // one answer may take an eighth: a few huge answers must not push out every dashboard's
        largest = bytes / 8;
        answers = Caffeine.newBuilder().maximumWeight(bytes)
                .weigher((String key, Stored stored) -> stored.body().length + OVERHEAD).build();
    }

    Stored get(String key) {
        return answers.getIfPresent(key);
    }

    void put(String key, Stored stored) {
        answers.put(key, stored);
    }

    /** Null when no one is computing the answer of this key: the caller is then to, and {@link #finish}es after. */
    CompletableFuture<Void> lead(String key, CompletableFuture<Void> mine) {
        return computing.putIfAbsent(key, mine);
    }

    /**
     * Ends the computation a request led, if it led one (its properties {@link ConditionalAnswers#COMPUTING} and
     * KEY): its answer kept or not, whoever waits for it goes on.
     */
    @SuppressWarnings("unchecked")
    void finish(Function<String, Object> requestProperty) {
        Object mine = requestProperty.apply(ConditionalAnswers.COMPUTING);
        if (mine != null) {
            computing.remove((String) requestProperty.apply(ConditionalAnswers.KEY), mine);
            ((CompletableFuture<Void>) mine).complete(null);
        }
    }

    /** Waits for another's computation of the key, then what it kept (null if nothing, or not in time). */
    Stored follow(String key, CompletableFuture<Void> leader) {
        try {
            leader.get(FOLLOW_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            computing.remove(key, leader);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return get(key);
    }

    /** The largest body kept; 0 when the cache is off. */
    long largest() {
        return largest;
    }
}
