package id.sinergi.crosscut;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import id.sinergi.common.IdentityEntity;
import io.quarkus.panache.common.Sort;

/** One recorded step of a link's lifecycle: who moved it from which status to which, when and why. */
@Entity
@Table(name = "link_transition")
public class LinkTransition extends IdentityEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "link_id")
    public CrosscuttingLink link;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 12)
    public LinkStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 12)
    public LinkStatus toStatus;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    @Column(columnDefinition = "text")
    public String reason;

    public static List<LinkTransition> of(CrosscuttingLink link) {
        return list("link", Sort.by("id"), link);
    }
}
