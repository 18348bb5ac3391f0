package id.sinergi.cascade;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import id.sinergi.agency.Agency;
import id.sinergi.common.IdentityEntity;
import id.sinergi.period.PlanningPeriod;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import org.hibernate.annotations.PartitionKey;

/** The cascade tree of one agency for one planning period; its content lives in numbered versions. */
@Entity
@Table(name = "cascade_tree")
public class CascadeTree extends IdentityEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    public Agency agency;

    /**
     * The agency's id again, read-only: what a database distributed by agency routes on, and what every statement
     * about the tree binds as :agency. Hibernate adds it to every update of a tree (PartitionKey), which it does not
     * do for an association.
     */
    @PartitionKey
    @Column(name = "agency_id", insertable = false, updatable = false)
    public long agencyId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public PlanningPeriod period;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<CascadeTree> find(Agency agency, PlanningPeriod period) {
        return ofAgencyAndPeriod(agency, period).firstResultOptional();
    }

    /** The tree, locked against concurrent revisions and status changes until the transaction ends. */
    public static Optional<CascadeTree> findForUpdate(Agency agency, PlanningPeriod period) {
        return ofAgencyAndPeriod(agency, period).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    private static PanacheQuery<CascadeTree> ofAgencyAndPeriod(Agency agency, PlanningPeriod period) {
        return find("agency = :agency and period = :period", Parameters.with("agency", agency).and("period", period));
    }
}
