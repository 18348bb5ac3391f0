package id.sinergi.period;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.sinergi.idempotency.Idempotent;
import id.sinergi.idempotency.IdempotencyKeys;
import id.sinergi.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Planning periods", description = "Planning periods (Renstra / RPJMN spans) in which trees are planned")
public class PeriodResource {

    @Inject
    PeriodService periods;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createPeriod",
            summary = "Register a planning period", description = "Admins only. At most 25 years long.")
    @APIResponse(responseCode = "201", description = "Registered; Location points at the period",
            content = @Content(schema = @Schema(implementation = PeriodView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response create(
            @Parameter(description = IdempotencyKeys.DESCRIPTION) @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull PeriodRequest body) {
        Idempotent<PeriodView> created = periods.create(body, idempotencyKey);
        return created.respond(Response.created(URI.create("/api/v1/periods/" + created.value().code())));
    }

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "listPeriods", summary = "List planning periods", description = "Ordered by first year.")
    @APIResponse(responseCode = "200", description = "All periods")
    public List<PeriodView> list() {
        return periods.list();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "getPeriod", summary = "Read a planning period",
            description = "The period with its first and last year. Any role may read.")
    @APIResponse(responseCode = "200", description = "The period")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PeriodView get(@PathParam("code") String code) {
        return periods.get(code);
    }
}
