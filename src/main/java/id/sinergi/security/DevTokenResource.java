package id.sinergi.security;

import java.time.Duration;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import id.sinergi.common.QueryParams;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Hands out signed tokens in dev mode and tests, so the API can be tried without an identity provider.
 * Built only into the dev and test profiles: the production application has no such endpoint.
 */
@Path("/dev/token")
@IfBuildProfile(anyOf = {"dev", "test"})
public class DevTokenResource {

    private static final Set<String> ROLES = Set.of(Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER);

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "devToken", hidden = true)
    public String token(@QueryParam("role") String role, @QueryParam("agency") String agency,
                        @QueryParam("children") boolean children, @QueryParam("inspectorate") boolean inspectorate,
                        @QueryParam("name") String name) {
        if (role == null || !ROLES.contains(role)) {
            throw QueryParams.bad("role", "INVALID_VALUE", "dev.role", ROLES);
        }
        if (Roles.PLANNER.equals(role) && (agency == null || agency.isBlank())) {
            throw QueryParams.bad("agency", "REQUIRED", "dev.planner-agency");
        }
        if (Roles.VERIFIER.equals(role) && (agency == null || agency.isBlank()) && !inspectorate) {
            throw QueryParams.bad("agency", "REQUIRED", "dev.verifier-agency");
        }
        String subject = name == null || name.isBlank() ? role + (agency == null ? "" : "." + agency.toLowerCase()) : name;
        JwtClaimsBuilder claims = Jwt.issuer(issuer).upn(subject).subject(subject).groups(role)
                .expiresIn(Duration.ofHours(12));
        if (agency != null && !agency.isBlank()) {
            claims.claim(Roles.AGENCY_CLAIM, agency);
            claims.claim(Roles.AGENCY_CHILDREN_CLAIM, children);
        }
        if (inspectorate) {
            claims.claim(Roles.INSPECTORATE_CLAIM, true);
        }
        return claims.sign();
    }
}
