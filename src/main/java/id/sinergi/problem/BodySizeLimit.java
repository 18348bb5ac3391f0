package id.sinergi.problem;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body larger than {@code sinergi.limits.max-body-size} with a 413 problem document before
 * reading it. The HTTP layer's own, higher limit (quarkus.http.limits.max-body-size) still cuts off
 * bodies that do not announce their length.
 */
public class BodySizeLimit {

    @ConfigProperty(name = "sinergi.limits.max-body-size", defaultValue = "16M")
    MemorySize maxBodySize;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseOversizedBodies(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return Optional.empty();
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (bytes <= maxBodySize.asLongValue()) {
            return Optional.empty();
        }
        return Optional.of(Problems.response(ProblemType.PAYLOAD_TOO_LARGE, "The request body has " + bytes
                + " bytes; this service accepts at most " + maxBodySize.asLongValue() + " bytes.",
                request.getUriInfo().getPath(), List.of()));
    }
}
