package id.sinergi.cascade;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import id.sinergi.common.IdentityEntity;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import org.hibernate.annotations.PartitionKey;

/** One accepted revision of a tree. Its nodes and indicators never change; only its status moves on. */
@Entity
@Table(name = "tree_version")
public class TreeVersion extends IdentityEntity {

    /**
     * The tree, as the finders below were given it. Not an association: the tree's key on a database distributed
     * by agency is its id and its agency (CascadeTree.agencyId, a PartitionKey), and Hibernate would fetch an
     * association on such a key with a query of its own for every version.
     */
    @Transient
    public CascadeTree tree;

    @Column(name = "tree_id", nullable = false)
    public long treeId;

    /**
     * The tree's agency, in every key (V10): what a database distributed by agency routes on. Every query names
     * it, and Hibernate adds it to the updates of a version (PartitionKey).
     */
    @PartitionKey
    @Column(name = "agency_id", nullable = false)
    public long agencyId;

    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TreeStatus status;

    @Column(name = "node_count", nullable = false)
    public int nodeCount;

    @Column(name = "indicator_count", nullable = false)
    public int indicatorCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by", length = 200)
    public String submittedBy;

    @Column(name = "finalized_at")
    public Instant finalizedAt;

    @Column(name = "finalized_by", length = 200)
    public String finalizedBy;

    public static Optional<TreeVersion> find(CascadeTree tree, int version) {
        Optional<TreeVersion> found = find("treeId = :tree and agencyId = :agency and version = :version",
                Parameters.with("tree", tree.id).and("agency", tree.agencyId).and("version", version)).firstResultOptional();
        found.ifPresent(v -> v.tree = tree);
        return found;
    }

    public static List<TreeVersion> history(CascadeTree tree) {
        List<TreeVersion> versions = list("treeId = :tree and agencyId = :agency", Sort.by("version"),
                Parameters.with("tree", tree.id).and("agency", tree.agencyId));
        versions.forEach(v -> v.tree = tree);
        return versions;
    }
}
