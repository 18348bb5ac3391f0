package id.sinergi.agency;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.sinergi.common.Page;
import id.sinergi.common.PagingParameters;
import id.sinergi.common.QueryParams;
import id.sinergi.idempotency.IdempotencyKeys;
import id.sinergi.idempotency.Idempotent;
import id.sinergi.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "Government agencies (instansi) and their units")
public class AgencyResource {

    @Inject
    AgencyService agencies;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "registerAgency",
            summary = "Register an agency", description = "Admins only. The code is the agency's stable identity.")
    @APIResponse(responseCode = "201", description = "Registered; Location points at the agency",
            content = @Content(schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response create(
            @Parameter(description = IdempotencyKeys.DESCRIPTION) @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull AgencyRequest body) {
        Idempotent<AgencyView> created = agencies.create(body, idempotencyKey);
        return created.respond(Response.created(URI.create("/api/v1/agencies/" + created.value().code())));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateAgency",
            summary = "Update an agency",
            description = "Admins only. Changes name, kind or parent; the code itself never changes.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public AgencyView update(@PathParam("code") String code, @Valid @NotNull AgencyRequest body) {
        return agencies.update(code, body);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "getAgency", summary = "Read an agency",
            description = "The agency with its parent and the affairs (urusan) it holds. Any role may read.")
    @APIResponse(responseCode = "200", description = "The agency")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AgencyView get(@PathParam("code") String code) {
        return agencies.get(code);
    }

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "listAgencies",
            summary = "List agencies", description = "Ordered by code, one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of agencies")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<AgencyView> list(
            @Parameter(description = "Only agencies of this kind", schema = @Schema(implementation = AgencyKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Only the direct children of this agency code") @QueryParam("parent") String parent,
            @Parameter(description = "Text contained in the code or name (case-insensitive)") @QueryParam("q") String text,
            @BeanParam PagingParameters paging) {
        return agencies.list(QueryParams.enumValue(AgencyKind.class, "kind", kind), parent, text, paging.request());
    }
}
