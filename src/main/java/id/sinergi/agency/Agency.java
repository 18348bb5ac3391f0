package id.sinergi.agency;

import java.time.Instant;
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

/** A government agency or unit (instansi / unit kerja), identified by its stable code. */
@Entity
@Table(name = "agency")
public class Agency extends IdentityEntity {

    @Column(nullable = false, unique = true, length = 64)
    public String code;

    @Column(nullable = false, length = 300)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public AgencyKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Agency parent;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Agency> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** True when this agency lies below the agency with the given code (at any depth). */
    public boolean isBelow(String ancestorCode) {
        for (Agency a = parent; a != null; a = a.parent) {
            if (a.code.equals(ancestorCode)) {
                return true;
            }
        }
        return false;
    }
}
