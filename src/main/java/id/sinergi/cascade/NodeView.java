package id.sinergi.cascade;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One node in context: the path above it and the subtree below it. */
@Schema(name = "CascadeNodeInContext", description = "A node with its path to the root and its whole subtree")
public record NodeView(
        VersionSummary version,
        @JsonRawValue
        @Schema(type = SchemaType.ARRAY, implementation = TreeSubmission.Node.class,
                description = "The ancestors, root (GOAL) first, without their indicators")
        String path,
        @JsonRawValue
        @Schema(implementation = TreeSubmission.Node.class,
                description = "The node with its indicators and, nested in children, everything below it")
        String node) {
}
