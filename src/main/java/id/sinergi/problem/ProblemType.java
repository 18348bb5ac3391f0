package id.sinergi.problem;

/** The stable problem types of the API; clients may match on {@link #uri()}. Titles: messages/problems*.properties. */
public enum ProblemType {
    VALIDATION("validation", 422),
    MALFORMED_REQUEST("malformed-request", 400),
    NOT_FOUND("not-found", 404),
    CONFLICT("conflict", 409),
    INVALID_TRANSITION("invalid-transition", 409),
    PERIOD_LOCKED("period-locked", 409),
    UNAUTHENTICATED("unauthenticated", 401),
    FORBIDDEN("forbidden", 403),
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    URI_TOO_LONG("uri-too-long", 414),
    HEADERS_TOO_LARGE("headers-too-large", 431),
    PRECONDITION_FAILED("precondition-failed", 412),
    PRECONDITION_REQUIRED("precondition-required", 428),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    NOT_ACCEPTABLE("not-acceptable", 406),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    TIMEOUT("timeout", 503),
    UNAVAILABLE("unavailable", 503),
    INTERNAL("internal", 500);

    private static final String PREFIX = "urn:sinergi:problem:";

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public String uri() {
        return PREFIX + slug;
    }

    String slug() {
        return slug;
    }

    /** The type a problem document names, or null for a URI that is not one of ours. */
    static ProblemType ofUri(String uri) {
        for (ProblemType type : values()) {
            if (type.uri().equals(uri)) {
                return type;
            }
        }
        return null;
    }

    /** The title in English; {@link Messages#title} gives it in the client's language. */
    public String title() {
        return Messages.title(this, Messages.ENGLISH);
    }

    public int status() {
        return status;
    }
}
