package id.sinergi.cascade;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version of a tree with its content, as the API returns it. */
@Schema(name = "CascadeTree", description = "A version of a cascade tree with all its nodes and indicators, "
        + "in the same shape as it is submitted")
public record TreeView(
        @Schema(description = "Which version this is, its status and history")
        VersionSummary version,
        @Schema(description = "flat: every node names its parent; nested: children inside their parent "
                + "(parent still given)", enumeration = {"flat", "nested"}, example = "flat")
        String form,
        // Built by the database as JSON text; written through untouched.
        @JsonRawValue
        @Schema(type = SchemaType.ARRAY, implementation = TreeSubmission.Node.class,
                description = "The nodes in submission order (flat) or the GOAL nodes with their descendants (nested)")
        String nodes) {
}
