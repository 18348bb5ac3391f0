package id.sinergi.crosscut;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.sinergi.cache.CacheableAnswer;
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

@CacheableAnswer(scored = false)
@Path("/api/v1/crosscutting-links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cross-cutting links", description = "Horizontal links between agencies that share an outcome "
        + "(Whole-of-Government cross-cutting), with Perry 6's relationship types and a recorded lifecycle")
public class LinkResource {

    @Inject
    LinkService links;

    @POST
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "proposeLink", summary = "Propose a link",
            description = "A planner of the from agency proposes a link from one of its current nodes to another agency, "
                    + "optionally to one of its nodes and naming the shared indicator code. The link starts PROPOSED.")
    @APIResponse(responseCode = "201", description = "Proposed (or, for a retried request, the link it proposed first, "
            + "as it is now, with Idempotency-Replayed: true)", content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response propose(
            @Parameter(description = IdempotencyKeys.DESCRIPTION) @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull LinkRequest body) {
        Idempotent<LinkView> proposed = links.propose(body, idempotencyKey);
        return proposed.respond(Response.created(URI.create("/api/v1/crosscutting-links/" + proposed.value().id())));
    }

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "listLinks",
            summary = "List links", description = "Ordered by id; filters combine with AND. Each end says whether its "
            + "node is still in the current tree (a revision that removed it leaves the link in place, reported).")
    @APIResponse(responseCode = "200", description = "One page of links")
    public Page<LinkView> list(
            @Parameter(description = "Links where this agency is either side") @QueryParam("agency") String agency,
            @Parameter(schema = @Schema(implementation = LinkStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Relationship type", schema = @Schema(implementation = Relationship.class))
            @QueryParam("type") String type,
            @Parameter(description = "Relationship category", schema = @Schema(implementation = Relationship.Category.class))
            @QueryParam("category") String category,
            @Parameter(description = "Planning period code") @QueryParam("period") String period,
            @BeanParam PagingParameters paging) {
        return links.list(new LinkService.Filter(QueryParams.text(agency), QueryParams.enumValue(LinkStatus.class, "status", status),
                QueryParams.enumValue(Relationship.class, "type", type),
                QueryParams.enumValue(Relationship.Category.class, "category", category), QueryParams.text(period)),
                paging.request());
    }

    @GET
    @Path("/{id: \\d+}")
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "getLink", summary = "Read a link with its history",
            description = "The link as it is now, with every status transition: who, when and why.")
    @APIResponse(responseCode = "200", description = "The link", content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public LinkView get(@PathParam("id") long id) {
        return links.get(id);
    }

    @POST
    @Path("/{id: \\d+}/accept")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "acceptLink",
            summary = "Accept a proposed link", description = "By a planner of the to agency. PROPOSED -> ACCEPTED.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public LinkView accept(@PathParam("id") long id) {
        return links.accept(id);
    }

    @POST
    @Path("/{id: \\d+}/reject")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "rejectLink",
            summary = "Reject a proposed link",
            description = "By a planner of the to agency, with a reason. PROPOSED -> REJECTED.")
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public LinkView reject(@PathParam("id") long id, @Valid @NotNull DecisionRequest body) {
        return links.reject(id, body.reason());
    }

    @POST
    @Path("/{id: \\d+}/withdraw")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "withdrawLink",
            summary = "Withdraw a link", description = "By a planner of either side, optionally with a reason. "
            + "PROPOSED or ACCEPTED -> WITHDRAWN.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public LinkView withdraw(@PathParam("id") long id, @Valid DecisionRequest body) {
        return links.withdraw(id, body == null ? null : body.reason());
    }
}
