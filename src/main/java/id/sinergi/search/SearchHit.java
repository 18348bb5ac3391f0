package id.sinergi.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import id.sinergi.cascade.Level;
import id.sinergi.cascade.TreeSubmission;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A node or indicator found in the current version of some agency's tree. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SearchHit", description = "A node (with its indicators) or an indicator found in an agency's current tree")
public record SearchHit(
        @Schema(description = "Agency whose tree holds the hit", example = "OMBUDSMAN") String agency,
        @Schema(description = "Current version of that tree", example = "2") int version,
        @Schema(description = "For indicator hits: the key of the node carrying it", example = "P1") @MayBeAbsent String nodeKey,
        @Schema(description = "For indicator hits: the level of the node carrying it") @MayBeAbsent Level nodeLevel,
        @JsonRawValue @Schema(implementation = TreeSubmission.Node.class, description = "For node hits: the node") @MayBeAbsent String node,
        @JsonRawValue @Schema(implementation = TreeSubmission.Indicator.class, description = "For indicator hits: the indicator")
        @MayBeAbsent String indicator) {
}
