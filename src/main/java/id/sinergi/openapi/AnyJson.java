package id.sinergi.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A value that may be any JSON (a diff's old and new value) is declared as such, instead of as the getters of
 * the Java class that holds it. And a text property declared through an enum ({@code @Schema(implementation =
 * Polarity.class) String polarity}) is only that enum: the generator also types it as the Java field's "object".
 */
final class AnyJson {

    private static final String JSON_NODE = "JsonNode";
    private static final String REF = "#/components/schemas/" + JSON_NODE;

    private AnyJson() {
    }

    static void replace(OpenAPI openAPI) {
        openAPI.getComponents().getSchemas().values().forEach(AnyJson::replaceIn);
        openAPI.getComponents().removeSchema(JSON_NODE);
    }

    private static void replaceIn(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        Map.copyOf(schema.getProperties()).forEach((name, property) -> {
            if (REF.equals(property.getRef())) {
                schema.addProperty(name, OASFactory.createSchema().description(property.getDescription()));
            } else if (property.getRef() != null) {
                property.setType(null);
            } else if (property.getEnumeration() != null && property.getType() != null) {
                property.removeType(Schema.SchemaType.OBJECT);
            }
        });
    }
}
