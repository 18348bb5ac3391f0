package id.sinergi.cascade;

import java.util.List;

import id.sinergi.cache.ConditionalAnswers;
import id.sinergi.cache.EntityTags;
import id.sinergi.problem.Text;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.problem.Violation;

/**
 * Optimistic concurrency for trees (RFC 9110, If-Match): a tree's entity tag is its current version
 * number, and a change to an existing tree names in If-Match the version it was made from. Checked with
 * the tree's row locked, so of two planners revising the same version exactly one succeeds and the other
 * is told (412), and nothing is merged silently.
 */
public record VersionTag(String ifMatch) {

    /** The entity tag of a tree at a version. */
    public static String of(int version) {
        return "\"" + version + "\"";
    }

    /** Checks If-Match against the tree as locked for the change, or against no tree yet (null). */
    void check(CascadeTree tree) {
        List<String> tags = EntityTags.list(ifMatch);
        if (ifMatch != null && tags == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                    Text.of("version-tag.detail", Violation.quote(ifMatch.strip())),
                    List.of(Violation.parameter("If-Match", "ENTITY_TAG_FORMAT",
                            Text.of("version-tag.entity-tag-format"))));
        }
        if (tree == null) {
            if (ifMatch != null) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                        Text.of("version-tag.detail-2"));
            }
            return;
        }
        if (ifMatch == null) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    Text.of("version-tag.detail-3", tree.currentVersion, of(tree.currentVersion)));
        }
        if (!matches(tags, tree.currentVersion)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    Text.of("version-tag.detail-4", tree.currentVersion, ifMatch.strip(), of(tree.currentVersion)));
        }
    }

    /**
     * Strong comparison (a weak W/ tag never matches) of the version, over a list of tags or *: a tree read
     * answers "3.key" ({@link ConditionalAnswers}), whose key changes with any write to the period, and only
     * its version says which tree the change was made from.
     */
    private static boolean matches(List<String> tags, int version) {
        return tags.stream().anyMatch(tag -> tag.equals("*") || tag.equals(of(version)) || tag.startsWith("\"" + version + "."));
    }
}
