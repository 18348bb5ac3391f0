package id.sinergi.openapi;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** Which component schemas a part of the contract refers to, directly or through other schemas. */
final class SchemaWalk {

    private SchemaWalk() {
    }

    /** The schemas request bodies use. */
    static Set<String> requests(OpenAPI openAPI) {
        return reachable(openAPI, operations(openAPI)
                .flatMap(operation -> operation.getRequestBody() == null ? Stream.empty()
                        : schemas(operation.getRequestBody().getContent())));
    }

    /** The schemas anything in the contract uses: parameters, bodies, answers and their headers. */
    static Set<String> used(OpenAPI openAPI) {
        Stream<Schema> parameters = operations(openAPI).filter(operation -> operation.getParameters() != null)
                .flatMap(operation -> operation.getParameters().stream()).map(parameter -> parameter.getSchema());
        Stream<APIResponse> responses = Stream.concat(
                operations(openAPI).filter(operation -> operation.getResponses() != null)
                        .flatMap(operation -> operation.getResponses().getAPIResponses().values().stream()),
                openAPI.getComponents().getResponses().values().stream());
        Stream<Schema> answers = responses.flatMap(response -> Stream.concat(schemas(response.getContent()),
                response.getHeaders() == null ? Stream.empty()
                        : response.getHeaders().values().stream().map(header -> header.getSchema())));
        Stream<Schema> headers = openAPI.getComponents().getHeaders() == null ? Stream.empty()
                : openAPI.getComponents().getHeaders().values().stream().map(header -> header.getSchema());
        Set<String> used = reachable(openAPI, Stream.of(parameters, answers, headers).flatMap(s -> s));
        used.addAll(requests(openAPI));
        return used;
    }

    private static Stream<Operation> operations(OpenAPI openAPI) {
        return openAPI.getPaths().getPathItems().values().stream().flatMap(item -> item.getOperations().values().stream());
    }

    private static Stream<Schema> schemas(Content content) {
        return content == null ? Stream.empty() : content.getMediaTypes().values().stream().map(MediaType::getSchema);
    }

    private static Set<String> reachable(OpenAPI openAPI, Stream<Schema> roots) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> found = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>();
        roots.filter(Objects::nonNull).forEach(pending::add);
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (found.add(name) && components.containsKey(name)) {
                    pending.add(components.get(name));
                }
            }
            if (schema.getItems() != null) {
                pending.add(schema.getItems());
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (group != null) {
                    pending.addAll(group);
                }
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                pending.add(schema.getAdditionalPropertiesSchema());
            }
        }
        return found;
    }
}
