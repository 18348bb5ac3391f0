package id.sinergi.crosscut;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import id.sinergi.agency.Agency;
import id.sinergi.common.IdentityEntity;
import id.sinergi.period.PlanningPeriod;

/**
 * A horizontal link from a node of one agency's tree to another agency (optionally to one of its
 * nodes, optionally naming the shared indicator code). Nodes are referred to by key, so a link follows
 * its nodes across tree revisions.
 */
@Entity
@Table(name = "crosscutting_link")
public class CrosscuttingLink extends IdentityEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public PlanningPeriod period;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_agency_id")
    public Agency sourceAgency;

    @Column(name = "source_node_key", nullable = false, length = 100)
    public String sourceNodeKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_agency_id")
    public Agency targetAgency;

    @Column(name = "target_node_key", length = 100)
    public String targetNodeKey;

    @Column(name = "shared_code", length = 100)
    public String sharedCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public Relationship relationship;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_agency_id")
    public Agency leadAgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public LinkStatus status;

    @Column(columnDefinition = "text")
    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The link, locked until the transaction ends, so that two decisions on it cannot both win. */
    public static Optional<CrosscuttingLink> findForUpdate(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
