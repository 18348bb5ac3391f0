package id.sinergi.security;

import java.util.function.Predicate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.problem.Text;
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
            throw forbidden(own == null ? Text.of("access.planner-or-admin", agencyCode)
                    : Text.of("access.other-agency", own, agencyCode));
        }
    }

    /**
     * Fails with 403 unless the caller is a verifier of the given agency: an inspectorate, or a verifier of an
     * agency above it. Nobody verifies a figure they reported themselves.
     */
    public void requireVerifyAccess(String agencyCode, Predicate<String> isBelow, String reportedBy) {
        if (!identity.hasRole(Roles.VERIFIER)) {
            throw forbidden(Text.of("access.verifier-only"));
        }
        String own = claimText(Roles.AGENCY_CLAIM);
        boolean inspectorate = Boolean.parseBoolean(claimText(Roles.INSPECTORATE_CLAIM));
        if (!inspectorate && (own == null || !isBelow.test(own))) {
            throw forbidden(own == null ? Text.of("access.verifier-unbound")
                    : Text.of("access.verifier-elsewhere", own, agencyCode));
        }
        if (name().equals(reportedBy)) {
            throw forbidden(Text.of("access.own-figure"));
        }
    }

    /** A 403 told in the client's language. */
    public static ProblemException forbidden(Text why) {
        return new ProblemException(ProblemType.FORBIDDEN, why);
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
