package id.sinergi.cascade;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import id.sinergi.observability.DomainMetrics;
import id.sinergi.period.PeriodService;
import id.sinergi.period.PlanningPeriod;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.problem.Text;
import id.sinergi.problem.ViolationList;
import id.sinergi.scoring.ScoreStore;
import id.sinergi.security.Caller;

/** Submits, reads, compares and moves cascade trees through their statuses; owns the transactions. */
@ApplicationScoped
public class CascadeService {

    public enum Form { FLAT, NESTED }

    /** The outcome of a submission: the new version, and whether it created the tree. */
    public record Submitted(VersionSummary version, boolean createdTree) {
    }

    @Inject
    ScoreStore scores;

    @Inject
    DomainMetrics metrics;

    @Inject
    AgencyService agencies;

    @Inject
    PeriodService periods;

    @Inject
    TreeStore store;

    @Inject
    TreePictures pictures;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /**
     * Validates a whole tree and stores it as the next version (version 1 for a new tree), in one
     * transaction: a tree breaking any rule is rejected with every violation and nothing is written.
     */
    @Transactional
    public Submitted submitTree(String agencyCode, String periodCode, TreeSubmission submission, VersionTag basedOn) {
        Agency agency = agencies.require(agencyCode);
        PlanningPeriod period = periods.require(periodCode);
        caller.requireWriteAccess(agency.code, agency::isBelow);
        CascadeTree tree = CascadeTree.findForUpdate(agency, period).orElse(null);
        basedOn.check(tree);
        TreeValidator.Result result = TreeValidator.validate(submission,
                new TreeValidator.Context(agency.code, period.code, period.firstYear, period.lastYear),
                store.references(tree == null ? null : tree.id));
        if (!result.valid()) {
            ViolationList found = result.violationList();
            metrics.treeRejected(found.countsByRule());
            throw ProblemException.invalid(found.omitted() > 0
                    ? Text.of("tree.rejected-listing-first", found.total(), ViolationList.MAX_LISTED)
                    : Text.of("tree.rejected", found.total()), found);
        }
        Instant now = Instant.now();
        boolean created = tree == null;
        if (created) {
            tree = new CascadeTree();
            tree.agency = agency;
            tree.agencyId = agency.id;
            tree.period = period;
            tree.createdAt = now;
        }
        tree.currentVersion = tree.currentVersion + 1;
        tree.updatedAt = now;
        tree.persist();

        TreeVersion version = new TreeVersion();
        version.tree = tree;
        version.treeId = tree.id;
        version.agencyId = tree.agencyId;
        version.version = tree.currentVersion;
        version.status = TreeStatus.DRAFT;
        version.nodeCount = result.nodes().size();
        version.indicatorCount = result.indicatorCount();
        version.createdAt = now;
        version.createdBy = caller.name();
        version.persistAndFlush();
        store.write(tree.agencyId, version.id, result.nodes());
        scores.request(tree.agencyId, tree.id, null);
        metrics.treeStored(created);
        return new Submitted(VersionSummary.of(version), created);
    }

    @Transactional
    public TreeView read(String agencyCode, String periodCode, Integer versionNumber, Form form) {
        TreeVersion version = version(agencyCode, periodCode, versionNumber);
        List<TreeStore.NodeJson> nodes = store.nodes(version);
        return new TreeView(VersionSummary.of(version), form.name().toLowerCase(),
                form == Form.FLAT ? flat(nodes) : nested(nodes));
    }

    @Transactional
    public List<VersionSummary> versions(String agencyCode, String periodCode) {
        return TreeVersion.history(tree(agencyCode, periodCode)).stream().map(VersionSummary::of).toList();
    }

    @Transactional
    public TreeDiff diff(String agencyCode, String periodCode, Integer from, Integer to) {
        CascadeTree tree = tree(agencyCode, periodCode);
        int newer = to == null ? tree.currentVersion : to;
        int older = from == null ? newer - 1 : from;
        TreeVersion a = version(tree, older);
        TreeVersion b = version(tree, newer);
        return new TreeDiff(older, newer, store.diff(a, b, false), store.diff(a, b, true));
    }

    /** The picture of the current tree (or of a version), with the capaian of {@code year} (default: this year, within the period). */
    @Transactional
    public TreePicture picture(String agencyCode, String periodCode, Integer versionNumber, Integer year, int depth) {
        return subtreePicture(agencyCode, periodCode, versionNumber, null, year, depth);
    }

    /** The picture of the subtree under {@code root}, or of the whole tree when it is null. */
    @Transactional
    public TreePicture subtreePicture(String agencyCode, String periodCode, Integer versionNumber, String root, Integer year,
                                      int depth) {
        TreeVersion version = version(agencyCode, periodCode, versionNumber);
        PlanningPeriod period = version.tree.period;
        int shown;
        if (year == null) {
            shown = Math.min(Math.max(Year.now().getValue(), period.firstYear), period.lastYear);
        } else {
            period.requireContains(year);
            shown = year;
        }
        // the capaian colours come from the scores, which follow a write after its commit
        scores.awaitPeriod(period.code);
        return pictures.draw(version, root, shown, depth);
    }

    /** A node with its path from the root and, nested inside it, its whole subtree. */
    @Transactional
    public NodeView node(String agencyCode, String periodCode, String key, Integer versionNumber) {
        TreeVersion version = version(agencyCode, periodCode, versionNumber);
        List<TreeStore.NodeJson> subtree = store.subtree(version, key);
        if (subtree.isEmpty()) {
            throw ProblemException.notFound(Text.of("cascade.not-found", version.version, key));
        }
        String nested = nested(subtree);
        return new NodeView(VersionSummary.of(version), "[" + String.join(",", store.ancestors(version, key)) + "]",
                nested.substring(1, nested.length() - 1));
    }

    @Transactional
    public VersionSummary submitForReview(String agencyCode, String periodCode, VersionTag basedOn) {
        return transition(agencyCode, periodCode, basedOn, TreeStatus.DRAFT, TreeStatus.SUBMITTED);
    }

    @Transactional
    public VersionSummary finalizeTree(String agencyCode, String periodCode, VersionTag basedOn) {
        return transition(agencyCode, periodCode, basedOn, TreeStatus.SUBMITTED, TreeStatus.FINAL);
    }

    private VersionSummary transition(String agencyCode, String periodCode, VersionTag basedOn, TreeStatus from, TreeStatus to) {
        Agency agency = agencies.require(agencyCode);
        PlanningPeriod period = periods.require(periodCode);
        caller.requireWriteAccess(agency.code, agency::isBelow);
        CascadeTree tree = CascadeTree.findForUpdate(agency, period).orElseThrow(() -> noTree(agencyCode, periodCode));
        basedOn.check(tree);
        TreeVersion version = version(tree, tree.currentVersion);
        if (version.status != from) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION,
                    Text.of("cascade.detail", version.version, version.status, from, to));
        }
        Instant now = Instant.now();
        version.status = to;
        if (to == TreeStatus.SUBMITTED) {
            version.submittedAt = now;
            version.submittedBy = caller.name();
        } else {
            version.finalizedAt = now;
            version.finalizedBy = caller.name();
        }
        return VersionSummary.of(version);
    }

    /** The tree of an agency in a period, or 404 naming what is missing. */
    public CascadeTree tree(String agencyCode, String periodCode) {
        Agency agency = agencies.require(agencyCode);
        PlanningPeriod period = periods.require(periodCode);
        return CascadeTree.find(agency, period).orElseThrow(() -> noTree(agencyCode, periodCode));
    }

    /** The tree of an agency in a period, for a year of that period (422 for a year outside it). */
    public CascadeTree tree(String agencyCode, String periodCode, int year) {
        CascadeTree tree = tree(agencyCode, periodCode);
        tree.period.requireContains(year);
        return tree;
    }

    /**
     * The tree locked for a change of its data. Every writer of a tree's rows takes this lock first:
     * rows that reference the tree take a key-share lock on it, and a writer taking the tree lock only
     * after inserting such rows could deadlock with another doing the same (seen under load).
     */
    public CascadeTree treeForWrite(String agencyCode, String periodCode) {
        Agency agency = agencies.require(agencyCode);
        PlanningPeriod period = periods.require(periodCode);
        return CascadeTree.findForUpdate(agency, period).orElseThrow(() -> noTree(agencyCode, periodCode));
    }

    /** The tree locked for a change of its data ({@link #treeForWrite}), by a caller allowed to change it (403 otherwise). */
    public CascadeTree treeToChange(String agencyCode, String periodCode) {
        CascadeTree tree = treeForWrite(agencyCode, periodCode);
        caller.requireWriteAccess(tree.agency.code, tree.agency::isBelow);
        return tree;
    }

    /** The tree a caller may change ({@link #treeToChange}), for a year of its period (422 for a year outside it). */
    public CascadeTree treeToChange(String agencyCode, String periodCode, int year) {
        CascadeTree tree = treeToChange(agencyCode, periodCode);
        tree.period.requireContains(year);
        return tree;
    }

    private TreeVersion version(String agencyCode, String periodCode, Integer versionNumber) {
        CascadeTree tree = tree(agencyCode, periodCode);
        return version(tree, versionNumber == null ? tree.currentVersion : versionNumber);
    }

    /** Version {@code number} of the tree, or 404 naming the current one. */
    public static TreeVersion version(CascadeTree tree, int number) {
        return TreeVersion.find(tree, number).orElseThrow(() -> ProblemException.notFound(
                Text.of("cascade.not-found-2", tree.agency.code, tree.period.code, number, tree.currentVersion)));
    }

    private static ProblemException noTree(String agencyCode, String periodCode) {
        return ProblemException.notFound(Text.of("cascade.not-found-3", agencyCode, periodCode));
    }

    private static String flat(List<TreeStore.NodeJson> nodes) {
        StringBuilder array = new StringBuilder(nodes.size() * 512).append('[');
        for (TreeStore.NodeJson node : nodes) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append(node.json());
        }
        return array.append(']').toString();
    }

    /** Puts every node inside its parent; nodes whose parent is not in the list are the roots. */
    private String nested(List<TreeStore.NodeJson> nodes) {
        Map<String, ObjectNode> byKey = new HashMap<>();
        List<ObjectNode> roots = new ArrayList<>();
        try {
            for (TreeStore.NodeJson node : nodes) {
                ObjectNode object = (ObjectNode) json.readTree(node.json());
                byKey.put(node.key(), object);
                ObjectNode parent = node.parent() == null ? null : byKey.get(node.parent());
                if (parent == null) {
                    roots.add(object);
                } else {
                    (parent.has("children") ? (ArrayNode) parent.get("children") : parent.putArray("children")).add(object);
                }
            }
            return json.writeValueAsString(roots);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The database returned a node document that is not JSON", e);
        }
    }
}
