package id.sinergi.idempotency;

import jakarta.ws.rs.core.Response;

/** What a creating request answered, and whether it is the replay of an earlier one with the same Idempotency-Key. */
public record Idempotent<T>(T value, boolean replayed) {

    /** The response with the value, marked Idempotency-Replayed: true on a replay. */
    public Response respond(Response.ResponseBuilder response) {
        response.entity(value);
        return (replayed ? response.header("Idempotency-Replayed", "true") : response).build();
    }
}
