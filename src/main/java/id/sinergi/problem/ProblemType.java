package id.sinergi.problem;

/** The stable problem types of the API; clients may match on {@link #uri()}. */
public enum ProblemType {
    VALIDATION("validation", "Invalid request", 422),
    MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
    NOT_FOUND("not-found", "Resource not found", 404),
    CONFLICT("conflict", "Conflict with the current state", 409),
    INVALID_TRANSITION("invalid-transition", "Status transition not allowed", 409),
    PERIOD_LOCKED("period-locked", "Reporting period locked", 409),
    UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    URI_TOO_LONG("uri-too-long", "Request URI too long", 414),
    HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", 431),
    PRECONDITION_FAILED("precondition-failed", "The resource changed since it was read", 412),
    PRECONDITION_REQUIRED("precondition-required", "If-Match required", 428),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    TIMEOUT("timeout", "Took too long", 503),
    UNAVAILABLE("unavailable", "Temporarily unavailable", 503),
    INTERNAL("internal", "Internal error", 500);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return "urn:sinergi:problem:" + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
