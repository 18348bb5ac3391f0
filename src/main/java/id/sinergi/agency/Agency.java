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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    /** The affairs (urusan.bidang, e.g. 1.02) the agency holds the authority for. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "affairs", nullable = false, columnDefinition = "varchar(4)[]")
    public String[] affairs = new String[0];

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
