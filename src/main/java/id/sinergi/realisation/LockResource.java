package id.sinergi.realisation;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import id.sinergi.cache.CacheableAnswer;
import id.sinergi.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@CacheableAnswer(scored = false)
@Path("/api/v1/periods/{period}/locks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting locks", description = "Reporting periods closed to new and changed realisations (after the "
        + "reporting deadline, or by an admin)")
public class LockResource {

    private static final String REPORTING_PERIOD = "/{reportingPeriod: " + ReportingPeriod.PATTERN + "}";
    private static final String LOCKED_PERIOD = "The year (2025), a quarter (2025-Q2) or a month (2025-M05)";

    @Inject
    LockService locks;

    @PathParam("period")
    @Parameter(description = "Planning period code", example = "2025-2029")
    String period;

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "listLocks",
            summary = "Locks of a planning period", description = "By year and period, with whether each is in force.")
    @APIResponse(responseCode = "200", description = "The locks",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LockView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<LockView> list() {
        return locks.list(period);
    }

    @PUT
    @Path(REPORTING_PERIOD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "lockPeriod", summary = "Lock a reporting period",
            description = "Admins only. From lockedFrom on (default: now), realisations of the period can no longer be "
                    + "reported, changed or submitted (409 urn:sinergi:problem:period-locked); verifying and returning go on. "
                    + "A year's lock covers its quarters and months, a quarter's its months.")
    @APIResponse(responseCode = "200", description = "Moved an existing lock",
            content = @Content(schema = @Schema(implementation = LockView.class)))
    @APIResponse(responseCode = "201", description = "Locked",
            content = @Content(schema = @Schema(implementation = LockView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response put(@Parameter(description = LOCKED_PERIOD,
                                   example = "2025-Q2") @PathParam("reportingPeriod") String reportingPeriod,
                        @Valid LockRequest body, @Context UriInfo uri) {
        LockService.Placed placed = locks.put(period, reportingPeriod, body);
        return (placed.created() ? Response.created(uri.getRequestUri()) : Response.ok()).entity(placed.lock()).build();
    }

    @DELETE
    @Path(REPORTING_PERIOD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "unlockPeriod", summary = "Lift a lock", description = "Admins only.")
    @APIResponse(responseCode = "204", description = "Lifted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void delete(@Parameter(description = LOCKED_PERIOD,
                                  example = "2025-Q2") @PathParam("reportingPeriod") String reportingPeriod) {
        locks.delete(period, reportingPeriod);
    }
}
