package id.sinergi.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** The published contract (openapi/openapi.yaml) is exactly what the service serves. */
@QuarkusTest
class OpenApiContractTest {

    static final Path PUBLISHED = Path.of("openapi/openapi.yaml");
    static final String HOW_TO_UPDATE = "openapi/openapi.yaml differs from what the service serves at /q/openapi. "
            + "If the change to the API is intended, regenerate it with:\n"
            + "    ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true\n"
            + "and commit the new openapi/openapi.yaml.";

    @Test
    void publishedContractMatchesTheServedOne() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(PUBLISHED, served);
        }
        assertTrue(Files.exists(PUBLISHED), HOW_TO_UPDATE);
        assertEquals(Files.readString(PUBLISHED), served, HOW_TO_UPDATE);
    }

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** Generated clients name their methods after operationIds: every operation has its own, stable one. */
    @Test
    void everyOperationHasItsOwnOperationId() {
        List<String> missing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        JsonNode paths = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract()
                .as(JsonNode.class).get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!HTTP_METHODS.contains(operation.getKey())) {
                return;
            }
            JsonNode id = operation.getValue().get("operationId");
            if (id == null) {
                missing.add(operation.getKey().toUpperCase() + " " + path.getKey());
            } else if (!seen.add(id.asText())) {
                repeated.add(id.asText());
            }
        }));
        assertEquals(List.of(), missing, "operations without an operationId");
        assertEquals(List.of(), repeated, "operationIds used twice");
        assertTrue(seen.size() > 60, "the contract lists " + seen.size() + " operations");
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
