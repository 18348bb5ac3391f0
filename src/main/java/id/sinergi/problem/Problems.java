package id.sinergi.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response response(ProblemType type, String detail, String instance, List<Violation> violations) {
        return response(type.status(), type, detail, instance, violations);
    }

    /** For the few cases whose status differs from the type's usual one (a 4xx passed through from the framework). */
    public static Response response(int status, ProblemType type, String detail, String instance, List<Violation> violations) {
        return response(status, type, detail, instance, violations, 0);
    }

    /** A problem whose list of violations stopped short; {@code omitted} of them are counted, not listed. */
    public static Response response(int status, ProblemType type, String detail, String instance, List<Violation> violations,
            long omitted) {
        return response(status, type, detail, null, instance, violations, omitted);
    }

    /** A problem whose detail is also a text that can be told in the client's language. */
    public static Response response(int status, ProblemType type, String detail, Text detailText, String instance,
            List<Violation> violations, long omitted) {
        Problem problem = new Problem(type.uri(), type.title(), status, detail, instance, violations,
                omitted > 0 ? omitted : null, detailText);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
