package id.sinergi.crosscut;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CrosscuttingLink", description = "A cross-cutting link between two agencies' trees")
public record LinkView(
        @Schema(example = "17") long id,
        @Schema(example = "2025-2029") String period,
        End from,
        End to,
        @MayBeAbsent String sharedCode,
        Relationship relationship,
        Relationship.Category category,
        @Schema(description = "Agency code of the lead (koordinator)") String lead,
        LinkStatus status,
        @MayBeAbsent String note,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        @Schema(description = "Every status change, oldest first (on single-link reads)") @MayBeAbsent List<Transition> transitions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LinkEnd")
    public record End(
            String agency,
            @MayBeAbsent String node,
            @Schema(description = "Whether the node is still in the agency's current tree; false means a revision removed it")
            @MayBeAbsent Boolean nodePresent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LinkTransition")
    public record Transition(@MayBeAbsent LinkStatus from, LinkStatus to, String actor, Instant at, @MayBeAbsent String reason) {
    }
}
