package id.sinergi.cascade;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a tree, without its content. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TreeVersionSummary", description = "A version of a cascade tree: number, status and who did what when")
public record VersionSummary(
        @Schema(example = "KEMENPANRB") String agency,
        @Schema(example = "2025-2029") String period,
        @Schema(description = "Version number, from 1, growing with every accepted revision", example = "3") int version,
        TreeStatus status,
        @Schema(description = "True for the tree's current (latest) version") boolean current,
        @Schema(example = "42") int nodeCount,
        @Schema(example = "84") int indicatorCount,
        Instant createdAt,
        @Schema(description = "Who submitted this revision", example = "perencana.kemenpanrb") String createdBy,
        @MayBeAbsent Instant submittedAt,
        @MayBeAbsent String submittedBy,
        @MayBeAbsent Instant finalizedAt,
        @MayBeAbsent String finalizedBy) {

    static VersionSummary of(TreeVersion v) {
        CascadeTree tree = v.tree;
        return new VersionSummary(tree.agency.code, tree.period.code, v.version, v.status,
                v.version == tree.currentVersion, v.nodeCount, v.indicatorCount, v.createdAt, v.createdBy,
                v.submittedAt, v.submittedBy, v.finalizedAt, v.finalizedBy);
    }
}
