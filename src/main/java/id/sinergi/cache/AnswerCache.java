package id.sinergi.cache;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.sinergi.config.SinergiConfig;

/**
 * Rendered answers (status 200) kept by their key, bounded by the bytes they hold (ANSWER_CACHE_SIZE), the
 * least recently used going first. A key names the generation the answer was computed at, so an entry never
 * needs to be removed for being stale: a write makes new keys, and the old entries age out.
 */
@ApplicationScoped
public class AnswerCache {

    /** An answer as sent: its entity tag, media type, the headers it carried and its body. */
    public record Stored(String entityTag, String mediaType, List<Map.Entry<String, String>> headers, byte[] body) {
    }

    /** What an entry costs beyond its body: key, tag, headers. */
    private static final int OVERHEAD = 512;

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

    /** The largest body kept; 0 when the cache is off. */
    long largest() {
        return largest;
    }
}
