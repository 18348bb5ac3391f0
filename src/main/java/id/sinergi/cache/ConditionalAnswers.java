package id.sinergi.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import id.sinergi.common.ReportSession;
import id.sinergi.config.SinergiConfig;
import id.sinergi.scoring.ScoreStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional GET (RFC 9110) and the answer cache for the reads marked {@link CacheableAnswer}. An answer's key
 * is a hash of the request as negotiated (path, query, Accept, Accept-Language), the period's generations, the
 * database's date and the service's build and settings; its strong entity tag is that key, after the tree's
 * version where the resource gives one ("3.key", so that If-Match can still name the version). If-None-Match
 * naming the key answers 304 without computing anything; a key already answered is sent from the cache.
 * Security checks run before request filters, so a kept answer only reaches callers allowed to ask.
 * {@link AnswerRecorder} keeps what is computed.
 */
@Provider
public class ConditionalAnswers {

    /** Clients may keep an answer but must ask again (If-None-Match) before each use; no shared cache keeps it. */
    public static final String POLICY = "private, no-cache";

    /**
     * Request properties: the answer's key, that it was served without the resource, the tag to keep it under, and
     * the computation others asking for the same key wait for (AnswerCache.lead).
     */
    static final String KEY = "sinergi.answer.key";
    static final String COMPUTING = "sinergi.answer.computing";
    static final String SERVED = "sinergi.answer.served";
    static final String STORE = "sinergi.answer.tag";

    @Inject
    Generations generations;

    @Inject
    AnswerCache cache;

    @Inject
    ScoreStore scores;

    @Inject
    ReportSession reports;

    @Inject
    SinergiConfig config;

    @Inject
    MeterRegistry registry;

    private final String seed = seed(ConfigProvider.getConfig());

    /** The build and every setting of the service's own: a new release or a changed band colour makes new keys. */
    private static String seed(Config config) {
        StringBuilder seed = new StringBuilder(config.getOptionalValue("quarkus.application.version", String.class).orElse(""));
        StreamSupport.stream(config.getPropertyNames().spliterator(), false).filter(name -> name.startsWith("sinergi."))
                .sorted().forEach(name -> seed.append('\n').append(name).append('=')
                        .append(config.getOptionalValue(name, String.class).orElse("")));
        return seed.toString();
    }

    @ServerRequestFilter
    public Response answer(ContainerRequestContext request, ResourceInfo resource) {
        CacheableAnswer mark = mark(resource);
        if (mark == null || !(HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))) {
            return null;
        }
        String period = Optional.ofNullable(request.getUriInfo().getPathParameters().getFirst("period"))
                .orElse(request.getUriInfo().getQueryParameters().getFirst("period"));
        if (period == null || period.isEmpty()) {
            return null;
        }
        Optional<Generations.Generation> generation = generations.of(period, mark.report());
        if (generation.isEmpty()) {
            return null;
        }
        String key = key(request, generation.get());
        request.setProperty(KEY, key);
        AnswerCache.Stored stored = cache.get(key);
        String matched = matching(EntityTags.list(request.getHeaderString(HttpHeaders.IF_NONE_MATCH)), key);
        if (matched != null) {
            request.setProperty(SERVED, true);
            count("not-modified");
            return Response.notModified().header(HttpHeaders.ETAG, stored != null ? stored.entityTag() : matched)
                    .header(HttpHeaders.CACHE_CONTROL, POLICY).header(HttpHeaders.VARY, "Accept, Accept-Language").build();
        }
        if (stored == null && cache.largest() > 0 && HttpMethod.GET.equals(request.getMethod())) {
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> leader = cache.lead(key, mine);
            if (leader == null) {
                request.setProperty(COMPUTING, mine);
            } else {
                stored = cache.follow(key, leader);
            }
        }
        if (stored == null) {
            count("miss");
            if (mark.scored()) {
                // Computed from scores no older than the data: a write's rescoring runs after its commit.
                scores.awaitPeriod(period);
                if (mark.report()) {
                    // and a standby that has replayed them, or the primary
                    reports.catchUp(config.reports().standbyCatchUp());
                }
            }
            return null;
        }
        request.setProperty(SERVED, true);
        count("hit");
        Response.ResponseBuilder answer = Response.ok(stored.body(), stored.mediaType());
        stored.headers().forEach(header -> answer.header(header.getKey(), header.getValue()));
        return answer.header(HttpHeaders.ETAG, stored.entityTag()).build();
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        String key = (String) request.getProperty(KEY);
        if (key == null || request.getProperty(SERVED) != null) {
            return;
        }
        if (response.getStatus() != 200 || !response.hasEntity()) {
            // nothing will be kept: whoever waits for this answer computes its own
            cache.finish(request::getProperty);
            return;
        }
        EntityTag version = response.getEntityTag();
        String tag = "\"" + (version == null ? "" : version.getValue() + ".") + key + "\"";
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, POLICY);
        request.setProperty(STORE, tag);
    }

    private static CacheableAnswer mark(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        CacheableAnswer mark = resource.getResourceMethod().getAnnotation(CacheableAnswer.class);
        return mark != null ? mark : resource.getResourceClass().getAnnotation(CacheableAnswer.class);
    }

    private String key(ContainerRequestContext request, Generations.Generation generation) {
        String text = String.join("\n", seed, request.getUriInfo().getRequestUri().getRawPath(),
                String.valueOf(request.getUriInfo().getRequestUri().getRawQuery()),
                String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT)),
                String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                generation.period() + "/" + generation.everyPeriod() + "/" + generation.today());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The member of If-None-Match that names this key (the tag itself, or "version.key"), or null. */
    static String matching(List<String> ifNoneMatch, String key) {
        if (ifNoneMatch == null) {
            return null;
        }
        for (String tag : ifNoneMatch) {
            String opaque = EntityTags.opaque(tag);
            if (tag.equals("*") || opaque.equals("\"" + key + "\"") || opaque.endsWith("." + key + "\"")) {
                return tag.equals("*") ? "\"" + key + "\"" : opaque;
            }
        }
        return null;
    }

    private void count(String result) {
        registry.counter("sinergi.answers", "result", result).increment();
    }
}
