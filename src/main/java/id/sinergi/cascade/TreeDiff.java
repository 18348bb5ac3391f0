package id.sinergi.cascade;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed between two versions of a tree. */
@Schema(name = "TreeDiff", description = "Nodes and indicators added, removed and changed between two versions, matched by key")
public record TreeDiff(
        @Schema(example = "1") int from,
        @Schema(example = "2") int to,
        Changes nodes,
        Changes indicators) {

    @Schema(name = "TreeChanges")
    public record Changes(
            @Schema(type = SchemaType.ARRAY, implementation = Object.class, description = "Node or indicator documents, as in the tree, present only in the newer version") List<JsonNode> added,
            @Schema(type = SchemaType.ARRAY, implementation = Object.class, description = "Node or indicator documents, as in the tree, present only in the older version") List<JsonNode> removed,
            @Schema(description = "Keys present in both whose content differs") List<Changed> changed) {
    }

    @Schema(name = "ChangedElement")
    public record Changed(
            @Schema(example = "P1") String key,
            @Schema(description = "Each differing field with its old and new value") List<FieldChange> fields) {
    }

    @Schema(name = "FieldChange")
    public record FieldChange(
            @Schema(description = "Field name as in the tree document; for indicators 'node' is the node carrying it",
                    example = "statement") String field,
            @Schema(description = "Old value, absent when the field was not set") JsonNode from,
            @Schema(description = "New value, absent when the field is no longer set") JsonNode to) {
    }
}
