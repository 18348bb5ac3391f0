package id.sinergi.common;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/** Adds the problems every API operation can answer with, so each operation lists only its own. */
public class StandardProblemResponses implements OASFilter {

    // Sorted, so that the generated document is the same on every run.
    private static final Map<String, String> EVERYWHERE = new TreeMap<>(Map.of(
            "400", "BadRequest", "401", "Unauthenticated", "403", "Forbidden", "500", "InternalError"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(StandardProblemResponses::addStandardResponses);
            }
        });
    }

    private static void addStandardResponses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        // Replaces the bare 400/401/403 entries Quarkus generates: ours say the body is a problem document.
        EVERYWHERE.forEach((status, name) -> responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(name)));
    }
}
