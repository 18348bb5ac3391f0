package id.sinergi.problem;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem document. Client mistakes are 4xx with the location of
 * the mistake; anything unexpected is a 500 whose details stay in the log, never in the response.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    @Inject
    ResourceMethods resourceMethods;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return response(e, uri);
    }

    private static Response response(ProblemException e, UriInfo uri) {
        return Problems.response(e.type().status(), e.type(), e.getMessage(), e.detailText(), path(uri), e.violations(),
                e.omittedViolations());
    }

    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(Violation.at(pointer(v.getPropertyPath()), rule(v), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::pointer).thenComparing(Violation::rule));
        return problem(ProblemType.VALIDATION.status(), ProblemType.VALIDATION,
                Text.of("request.rejected", violations.size()),
                uri, violations);
    }

    // Listed one by one: quarkus-rest-jackson brings its own mappers for some of these subtypes.
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class, InvalidTypeIdException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        Response refused = bodyRefusal(e, uri);
        if (refused != null) {
            return refused;
        }
        String pointer = e instanceof JsonMappingException m ? pointer(m.getPath()) : "";
        // the reader's own complaint, when a mapping exception only carries it up with its location
        String reading = e.getCause() instanceof StreamReadException r ? r.getOriginalMessage() : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(reading));
        Text detail;
        String rule;
        if (e instanceof UnrecognizedPropertyException u) {
            rule = "UNKNOWN_PROPERTY";
            detail = Text.of("json.unknown-property", Violation.quote(u.getPropertyName()));
        } else if (duplicate.lookingAt()) {
            rule = "DUPLICATE_PROPERTY";
            pointer = pointer + "/" + escape(duplicate.group(1));
            detail = Text.of("json.duplicate-property", Violation.quote(duplicate.group(1)));
        } else if (e instanceof RefusedValue refusedValue) {
            rule = "INVALID_VALUE";
            detail = refusedValue.text();
        } else if (e.getCause() instanceof InputCoercionException || e instanceof InputCoercionException) {
            rule = "INVALID_VALUE";
            detail = Text.of("json.number-out-of-range", Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (e instanceof InvalidFormatException f) {
            rule = "INVALID_VALUE";
            detail = Text.of("json.invalid-value", Violation.quote(f.getValue()), describe(f.getTargetType()));
        } else if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            rule = "TRAILING_CONTENT";
            detail = Text.of("json.trailing-content");
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null
                && !String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
            rule = "WRONG_TYPE";
            detail = Text.of("json.wrong-type", describe(m.getTargetType()));
        } else {
            rule = "MALFORMED_JSON";
            detail = e.getLocation() == null ? Text.of("json.malformed")
                    : Text.of("json.malformed-at", e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        }
        return problem(ProblemType.MALFORMED_REQUEST.status(), ProblemType.MALFORMED_REQUEST, detail, uri,
                List.of(Violation.at(pointer, rule, detail)));
    }

    @ServerExceptionMapper({BodyLimits.TooLarge.class, BodyLimits.NotUtf8.class})
    public Response unreadableBody(IOException e, UriInfo uri) {
        return bodyRefusal(e, uri);
    }

    /**
     * A body refused while it was read (too large, not UTF-8, a tree of too many nodes), however deep the
     * reader wrapped the refusal; else null.
     */
    private static Response bodyRefusal(Throwable e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException problem && t != e) {
                return response(problem, uri);
            }
            if (t instanceof BodyLimits.TooLarge tooLarge) {
                return problem(ProblemType.PAYLOAD_TOO_LARGE.status(), ProblemType.PAYLOAD_TOO_LARGE, tooLarge.text, uri,
                        List.of());
            }
            if (t instanceof BodyLimits.NotUtf8 notUtf8) {
                return problem(ProblemType.MALFORMED_REQUEST.status(), ProblemType.MALFORMED_REQUEST, notUtf8.text, uri,
                        List.of(Violation.at("", "MALFORMED_UTF8", notUtf8.text)));
            }
        }
        return null;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Response problem = problem(ProblemType.UNAUTHENTICATED.status(), ProblemType.UNAUTHENTICATED,
                Text.of("auth.token-required"), uri, List.of());
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            return problem(ProblemType.FORBIDDEN.status(), ProblemType.FORBIDDEN, Text.of("auth.role-not-allowed"), uri,
                    List.of());
        }
        return Problems.response(ProblemType.FORBIDDEN, e.getMessage(), path(uri), List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        Response refused = bodyRefusal(e, uri);
        if (refused != null) {
            return refused;
        }
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException || e instanceof NotAllowedException) {
            Set<String> allowed = resourceMethods.allowed(path(uri));
            if (!allowed.isEmpty()) {
                return Response.fromResponse(problem(ProblemType.METHOD_NOT_ALLOWED.status(), ProblemType.METHOD_NOT_ALLOWED,
                        Text.of("http.method-not-allowed", String.join(", ", allowed)), uri, List.of()))
                        .header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
            }
        }
        // The framework's own messages are English and may name Java classes: each refusal gets one of ours.
        if (e instanceof NotFoundException) {
            return problem(status, ProblemType.NOT_FOUND, Text.of("http.not-found"), uri, List.of());
        } else if (e instanceof NotAllowedException) {
            return problem(status, ProblemType.METHOD_NOT_ALLOWED, Text.of("http.method-refused"), uri, List.of());
        } else if (e instanceof NotSupportedException) {
            return problem(status, ProblemType.UNSUPPORTED_MEDIA_TYPE, Text.of("http.unsupported-media-type"), uri, List.of());
        } else if (e instanceof NotAcceptableException) {
            return problem(status, ProblemType.NOT_ACCEPTABLE, Text.of("http.not-acceptable"), uri, List.of());
        } else if (status == 413) {
            return Problems.response(status, ProblemType.PAYLOAD_TOO_LARGE, e.getMessage(), path(uri), List.of());
        } else if (status >= 500) {
            return internal(e, uri);
        }
        return problem(status, ProblemType.MALFORMED_REQUEST, Text.of("http.unreadable"), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Response refused = bodyRefusal(e, uri);
        if (refused != null) {
            return refused;
        }
        SQLException sql = sqlCause(e);
        if (sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
            return problem(ProblemType.CONFLICT.status(), ProblemType.CONFLICT,
                    Text.of("database.concurrent-create"), uri,
                    List.of());
        }
        if (sql != null && databaseUnreachable(sql)) {
            LOG.warnf("Database unreachable on %s: %s", path(uri), sql.getMessage());
            // nothing was written: a request either commits whole or not at all
            return Response.fromResponse(problem(ProblemType.UNAVAILABLE.status(), ProblemType.UNAVAILABLE,
                    Text.of("database.unreachable"), uri, List.of()))
                    .header("Retry-After", "5").build();
        }
        return internal(e, uri);
    }

    private static Response internal(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        return problem(ProblemType.INTERNAL.status(), ProblemType.INTERNAL, Text.of("internal.logged"), uri, List.of());
    }

    /**
     * The connection lost or the server stopping or starting ({@link DatabaseFailure}), or no connection free in time
     * from the pool (Agroal's acquisition timeout).
     */
    private static boolean databaseUnreachable(SQLException e) {
        return e.getSQLState() == null ? String.valueOf(e.getMessage()).contains("acquisition timeout")
                : DatabaseFailure.connectionLost(e);
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** Bean Validation path of a request-body property -> JSON pointer; the Java method and parameter drop out. */
    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                Object index = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (index != null) {
                    pointer.append('/').append(escape(index.toString()));
                }
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            pointer.append('/').append(ref.getFieldName() != null ? escape(ref.getFieldName()) : ref.getIndex());
        }
        return pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String rule(ConstraintViolation<?> v) {
        String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return annotation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }

    /** A JSON reader's name for what a Java type expects. */
    private static Text describe(Class<?> type) {
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(constant.toString());
            }
            return Text.of("json.type.enum", names);
        }
        if (type == String.class) {
            return Text.of("json.type.text");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Text.of("json.type.whole-number");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return Text.of("json.type.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Text.of("json.type.boolean");
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Text.of("json.type.array");
        }
        return Text.of("json.type.object");
    }

    /** A problem whose detail is told in the client's language. */
    private static Response problem(int status, ProblemType type, Text detail, UriInfo uri, List<Violation> violations) {
        return Problems.response(status, type, detail.english(), detail, path(uri), violations, 0);
    }
}
