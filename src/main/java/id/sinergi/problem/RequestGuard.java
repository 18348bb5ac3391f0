package id.sinergi.problem;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks every request's line and headers before anything routes it: the URI, the headers and the number
 * of query parameters are bounded, and every path segment and query parameter must decode to text
 * PostgreSQL can store (UTF-8, no U+0000, no lone surrogate), so no text that reaches SQL can fail there.
 * Each refusal is a problem document. The HTTP layer's own limits (quarkus.http.limits) sit above these
 * and cut off, with a bare status, only what is far past them.
 */
@ApplicationScoped
public class RequestGuard {

    public static final int MAX_URI_LENGTH = 8192;
    public static final int MAX_HEADERS_SIZE = 16384;
    public static final int MAX_QUERY_PARAMETERS = 100;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(-100_000).handler(this::check);
        // what the HTTP layer refuses by itself (a malformed %-escape, say) is a problem document too
        router.route().order(-100_000).failureHandler(this::clientFailure);
    }

    void clientFailure(RoutingContext context) {
        int status = context.statusCode();
        if (status < 400 || status >= 500 || context.response().headWritten()) {
            context.next();
            return;
        }
        send(context, new Refusal(status, status == 413 ? ProblemType.PAYLOAD_TOO_LARGE : ProblemType.MALFORMED_REQUEST,
                Text.of(status == 413 ? "http.unreadable-too-large" : "http.unreadable"), null));
    }

    private record Refusal(int status, ProblemType type, Text detail, Violation violation) {
    }

    void check(RoutingContext context) {
        Refusal refusal = refusal(context.request());
        if (refusal == null) {
            context.next();
        } else {
            send(context, refusal);
        }
    }

    private void send(RoutingContext context, Refusal refusal) {
        Locale locale = Messages.of(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = Messages.in(new Problem(refusal.type().uri(), refusal.type().title(), refusal.status(),
                refusal.detail().english(), null, refusal.violation() == null ? List.of() : List.of(refusal.violation()),
                null, refusal.detail()), locale);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(refusal.status()).putHeader("Content-Type", Problems.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag()).putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .end(body);
    }

    static Refusal refusal(HttpServerRequest request) {
        String uri = request.uri();
        if (uri.length() > MAX_URI_LENGTH) {
            return new Refusal(414, ProblemType.URI_TOO_LONG,
                    Text.of("http.uri-too-long", uri.length(), MAX_URI_LENGTH), null);
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
            if (header.getValue().indexOf('\u0000') >= 0) {
                return malformed(null, Text.of("http.header-nul", Violation.quote(header.getKey())));
            }
        }
        if (headerBytes > MAX_HEADERS_SIZE) {
            return new Refusal(431, ProblemType.HEADERS_TOO_LARGE,
                    Text.of("http.headers-too-large", headerBytes, MAX_HEADERS_SIZE), null);
        }
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        for (String segment : path.split("/")) {
            Text problem = decodingProblem(segment, false);
            if (problem != null) {
                return malformed(null, Text.of("http.path-segment", problem));
            }
        }
        if (query >= 0) {
            String[] parameters = uri.substring(query + 1).split("&");
            if (parameters.length > MAX_QUERY_PARAMETERS) {
                return new Refusal(400, ProblemType.MALFORMED_REQUEST,
                        Text.of("http.too-many-parameters", parameters.length, MAX_QUERY_PARAMETERS), null);
            }
            for (String parameter : parameters) {
                int equals = parameter.indexOf('=');
                String name = equals < 0 ? parameter : parameter.substring(0, equals);
                Text problem = decodingProblem(parameter, true);
                if (problem != null) {
                    String decodedName = decodingProblem(name, true) == null ? decode(name, true) : name;
                    return malformed(decodedName,
                            Text.of("http.query-parameter", Violation.quote(decodedName), problem));
                }
            }
        }
        return null;
    }

    /** A 400 for text that cannot be read, naming the query parameter when one carries it. */
    private static Refusal malformed(String parameter, Text message) {
        return new Refusal(400, ProblemType.MALFORMED_REQUEST, Text.of("http.unreadable-because", message),
                parameter == null ? null : Violation.parameter(parameter, "MALFORMED_TEXT", message));
    }

    /** Why the percent-encoded text does not decode to storable text, or null when it does. */
    static Text decodingProblem(String encoded, boolean form) {
        String decoded;
        try {
            decoded = decode(encoded, form);
        } catch (Undecodable e) {
            return e.reason;
        }
        Text unstorable = Texts.unstorable(decoded);
        return unstorable == null ? null : Text.of("http.decodes-to", unstorable);
    }

    /** Why percent-encoded text does not decode. */
    static final class Undecodable extends IllegalArgumentException {
        final transient Text reason;

        Undecodable(Text reason) {
            super(reason.english());
            this.reason = reason;
        }
    }

    /** Percent-decoding into UTF-8, strictly: a malformed escape or byte sequence is an error, not a U+FFFD. */
    static String decode(String encoded, boolean form) {
        if (encoded.indexOf('%') < 0 && !(form && encoded.indexOf('+') >= 0)) {
            return encoded;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
                if (low < 0) {
                    throw new Undecodable(Text.of("http.percent-without-hex"));
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (form && c == '+') {
                bytes.write(' ');
            } else if (c <= 0xFF) {
                bytes.write(c); // the HTTP layer hands over the request line's raw bytes as ISO-8859-1
            } else {
                throw new Undecodable(Text.of("http.not-utf8"));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new Undecodable(Text.of("http.not-utf8"));
        }
    }
}
