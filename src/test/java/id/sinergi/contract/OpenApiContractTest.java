package id.sinergi.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

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

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
