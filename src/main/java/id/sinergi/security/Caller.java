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
     * Fails with 403 unless the caller may write data of the given agency: admins always; planners for
     * their own agency, and for agencies below it when their token says so.
     *
     * @param isBelow tells whether the target agency lies below the agency code it is given
     */
    public void requireWriteAccess(String agencyCode, Predicate<String> isBelow) {
        if (identity.hasRole(Roles.ADMIN)) {
            return;
        }
        if (identity.hasRole(Roles.PLANNER) && identity.getPrincipal() instanceof JsonWebToken jwt) {
            String own = claimText(jwt, Roles.AGENCY_CLAIM);
            if (agencyCode.equals(own)) {
                return;
            }
            if (own != null && Boolean.parseBoolean(claimText(jwt, Roles.AGENCY_CHILDREN_CLAIM)) && isBelow.test(own)) {
                return;
            }
            throw new ForbiddenException("A planner of agency '" + own + "' may not change data of agency '"
                    + agencyCode + "'.");
        }
        throw new ForbiddenException("Only a planner of agency '" + agencyCode + "' or an admin may change its data.");
    }

    // Custom claims arrive as JSON values; a JSON string's toString() would keep its quotes.
    private static String claimText(JsonWebToken jwt, String claim) {
        Object value = jwt.getClaim(claim);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null ? null : value.toString();
    }
}
