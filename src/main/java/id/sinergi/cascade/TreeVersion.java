package id.sinergi.cascade;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import id.sinergi.common.IdentityEntity;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** One accepted revision of a tree. Its nodes and indicators never change; only its status moves on. */
@Entity
@Table(name = "tree_version")
public class TreeVersion extends IdentityEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tree_id")
    public CascadeTree tree;

    /** The tree's agency, in every key (V10): what a database distributed by agency routes on. */
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
        return find("tree = :tree and version = :version", Parameters.with("tree", tree).and("version", version))
                .firstResultOptional();
    }

    public static List<TreeVersion> history(CascadeTree tree) {
        return list("tree", Sort.by("version"), tree);
    }
}
