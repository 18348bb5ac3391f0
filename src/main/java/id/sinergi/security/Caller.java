package id.sinergi.security;

import java.util.function.Predicate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, and which agencies' data they may change. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    /** The name recorded as actor of a change (the token's upn, preferred_username or sub). */
    public String name() {
        return identity.getPrincipal().getName();
    }

    /**
     * Whether the caller may write data of the given agency: admins always; planners for their own
     * agency, and for agencies below it when their token says so.
     *
     * @param isBelow tells whether the target agency lies below the agency code it is given
     */
    public boolean canWrite(String agencyCode, Predicate<String> isBelow) {
        if (identity.hasRole(Roles.ADMIN)) {
            return true;
        }
        String own = plannerAgency();
        return own != null && (agencyCode.equals(own)
                || Boolean.parseBoolean(claimText(Roles.AGENCY_CHILDREN_CLAIM)) && isBelow.test(own));
    }

    /** Fails with 403 unless {@link #canWrite} allows it. */
    public void requireWriteAccess(String agencyCode, Predicate<String> isBelow) {
        if (!canWrite(agencyCode, isBelow)) {
            String own = plannerAgency();
            throw new ForbiddenException(own == null
                    ? "Only a planner of agency '" + agencyCode + "' or an admin may change its data."
                    : "A planner of agency '" + own + "' may not change data of agency '" + agencyCode + "'.");
        }
    }

    /**
     * Fails with 403 unless the caller is a verifier of the given agency: an inspectorate, or a verifier of an
     * agency above it. Nobody verifies a figure they reported themselves.
     */
    public void requireVerifyAccess(String agencyCode, Predicate<String> isBelow, String reportedBy) {
        if (!identity.hasRole(Roles.VERIFIER)) {
            throw new ForbiddenException("Only a verifier may verify or return a realisation.");
        }
        String own = claimText(Roles.AGENCY_CLAIM);
        boolean inspectorate = Boolean.parseBoolean(claimText(Roles.INSPECTORATE_CLAIM));
        if (!inspectorate && (own == null || !isBelow.test(own))) {
            throw new ForbiddenException(own == null
                    ? "A verifier names its agency (claim agency) or is an inspectorate (claim inspectorate)."
                    : "A verifier of agency '" + own + "' verifies the agencies below it, not '" + agencyCode + "'.");
        }
        if (name().equals(reportedBy)) {
            throw new ForbiddenException("A realisation is verified by someone other than who reported it.");
        }
    }

    private String plannerAgency() {
        return identity.hasRole(Roles.PLANNER) ? claimText(Roles.AGENCY_CLAIM) : null;
    }

    // Custom claims arrive as JSON values; a JSON string's toString() would keep its quotes.
    private String claimText(String claim) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        Object value = jwt.getClaim(claim);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null ? null : value.toString();
    }
}
