package id.sinergi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every answer a test receives from the API is checked against the served contract: its status is one the
 * operation declares, its media type one that status declares, and a JSON body has every required property,
 * only declared enum values and the declared types. A generated client trusts the contract; this is what
 * makes the trust deserved. A mismatch fails the test, or, with -Dcontract.report=FILE, is written to FILE.
 */
public final class ContractConformance implements OrderedFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ITEMS_CHECKED = 50;
    private static final int ERRORS_LISTED = 20;
    private static volatile Contract contract;

    private record Operation(Pattern path, int templates, String method, JsonNode definition) {
    }

    private record Contract(JsonNode document, List<Operation> operations) {
    }

    /** Installs the check in RestAssured once per test JVM. */
    public static void install() {
        if (RestAssured.filters().stream().noneMatch(ContractConformance.class::isInstance)) {
            RestAssured.filters(new ContractConformance());
        }
    }

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
                           FilterContext context) {
        Response response = context.next(request, expected);
        String path = URI.create(request.getURI()).getRawPath();
        if (path.startsWith("/api/")) {
            List<String> errors = check(request.getMethod().toLowerCase(), path, response);
            if (!errors.isEmpty()) {
                report(request.getMethod() + " " + path + " -> " + response.getStatusCode() + ": "
                        + String.join("; ", errors.subList(0, Math.min(errors.size(), ERRORS_LISTED))));
            }
        }
        return response;
    }

    private static void report(String mismatch) {
        String file = System.getProperty("contract.report");
        if (file == null) {
            throw new AssertionError("The answer does not conform to the contract (openapi/openapi.yaml): " + mismatch);
        }
        try {
            Files.writeString(Path.of(file), mismatch + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> check(String method, String path, Response response) {
        Contract served = contract();
        Operation operation = served.operations().stream()
                .filter(o -> o.method().equals(method) && o.path().matcher(path).matches())
                .min(Comparator.comparingInt(Operation::templates)).orElse(null);
        List<String> errors = new ArrayList<>();
        if (operation == null || response.getStatusCode() == 405) {
            // a path or method the service does not serve: the framework's routing answers it
            return errors;
        }
        String status = Integer.toString(response.getStatusCode());
        JsonNode declared = operation.definition().path("responses").path(status);
        if (declared.isMissingNode()) {
            errors.add("status " + status + " is not declared");
            return errors;
        }
        declared = resolve(served.document(), declared);
        JsonNode content = declared.path("content");
        String mediaType = response.getContentType() == null || response.getContentType().isEmpty() ? null
                : response.getContentType().split(";", 2)[0].strip();
        if (mediaType == null || content.isMissingNode()) {
            if (mediaType != null && response.asByteArray().length > 0) {
                errors.add("a " + mediaType + " body where none is declared");
            }
            return errors;
        }
        JsonNode media = content.has(mediaType) ? content.get(mediaType)
                : content.path(mediaType.replaceFirst("/.*", "/*")).isMissingNode() ? content.path("*/*")
                : content.path(mediaType.replaceFirst("/.*", "/*"));
        if (media.isMissingNode()) {
            errors.add("media type " + mediaType + " is not declared (declared: " + fieldNames(content) + ")");
            return errors;
        }
        if (mediaType.endsWith("json") && media.has("schema") && response.asByteArray().length > 0) {
            validate(served.document(), readTree(response.asByteArray()), media.get("schema"), "", errors);
        }
        return errors;
    }

    private static void validate(JsonNode document, JsonNode value, JsonNode schema, String pointer, List<String> errors) {
        if (errors.size() >= ERRORS_LISTED) {
            return;
        }
        String name = schema.has("$ref") ? schema.get("$ref").asText().replaceFirst(".*/", "") : null;
        schema = resolve(document, schema);
        for (JsonNode part : schema.path("allOf")) {
            validate(document, value, part, pointer, errors);
        }
        JsonNode type = schema.get("type");
        if (type != null && !hasType(value, type)) {
            errors.add((pointer.isEmpty() ? "the body" : pointer) + " is " + value.getNodeType() + ", not " + type);
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            errors.add(pointer + " is " + value + ", not one of " + schema.get("enum"));
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    errors.add(pointer + "/" + required.asText() + " is required but absent"
                            + (name == null ? "" : " (" + name + "." + required.asText() + ")"));
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode property = schema.path("properties").get(field.getKey());
                if (property != null) {
                    validate(document, field.getValue(), property, pointer + "/" + field.getKey(), errors);
                } else if (schema.has("properties") && !schema.has("additionalProperties")) {
                    errors.add(pointer + "/" + field.getKey() + " is not a declared property");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < Math.min(value.size(), ITEMS_CHECKED); i++) {
                validate(document, value.get(i), schema.get("items"), pointer + "/" + i, errors);
            }
        }
    }

    private static boolean hasType(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (hasType(value, one)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode one : values) {
            if (one.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode readTree(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        while (node.has("$ref")) {
            node = document.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static Contract contract() {
        Contract loaded = contract;
        if (loaded == null) {
            synchronized (ContractConformance.class) {
                if (contract == null) {
                    contract = load();
                }
                loaded = contract;
            }
        }
        return loaded;
    }

    private static Contract load() {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode document = JSON.readTree(answer.body());
            List<Operation> operations = new ArrayList<>();
            document.get("paths").fields().forEachRemaining(path -> {
                String template = path.getKey();
                Pattern pattern = Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."));
                int templates = template.split("\\{", -1).length - 1;
                path.getValue().fields().forEachRemaining(method ->
                        operations.add(new Operation(pattern, templates, method.getKey(), method.getValue())));
            });
            return new Contract(document, operations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
