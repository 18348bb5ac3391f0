package id.sinergi.crosscut;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposal for a cross-cutting link, made by a planner of the "from" agency. */
@Schema(name = "CrosscuttingLinkRequest", description = "Proposal of a cross-cutting link from a node of your agency's tree to another agency")
public record LinkRequest(
        @NotBlank @Schema(description = "Planning period code", example = "2025-2029", required = true) String period,
        @NotNull @Valid @Schema(required = true) From from,
        @NotNull @Valid @Schema(required = true) To to,
        @Size(max = 100) @Schema(description = "Shared indicator code the two sides measure together", example = "IKP-PP-02")
        String sharedCode,
        @NotNull @Schema(description = "Relationship type (Perry 6); its category follows from it", required = true)
        Relationship relationship,
        @NotBlank @Schema(description = "Agency code of the lead (koordinator): the from or the to agency", example = "KEMENPANRB",
                required = true)
        String lead,
        @Size(max = 4000) @Schema(description = "What the cooperation is about") String note) {

    @Schema(name = "LinkFrom")
    public record From(
            @NotBlank @Schema(description = "Proposing agency", example = "KEMENPANRB", required = true) String agency,
            @NotBlank @Schema(description = "Key of the node in that agency's current tree", example = "S1", required = true) String node) {
    }

    @Schema(name = "LinkTo")
    public record To(
            @NotBlank @Schema(description = "Partner agency", example = "OMBUDSMAN", required = true) String agency,
            @Schema(description = "Key of a node in the partner's current tree, when the link is node to node", example = "S2")
            String node) {
    }
}
