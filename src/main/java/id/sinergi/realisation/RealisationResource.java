package id.sinergi.realisation;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.sinergi.cascade.TreeAddress;
import id.sinergi.common.QueryParams;
import id.sinergi.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agencies/{agency}/cascades/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Realisations", description = "Measured values (realisasi) of indicators, per year")
public class RealisationResource {

    @Inject
    RealisationService realisations;

    @BeanParam
    TreeAddress address;

    @PUT
    @Path("/indicators/{indicator}/realisations/{year: \\d{4}}")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Report a realisation",
            description = "Records the value of an indicator of the current version for a year of the period, with who "
                    + "reported it and when. Reporting again replaces the current figure; every earlier figure stays in the history.")
    @APIResponse(responseCode = "200", description = "Replaced the figure for that year",
            content = @Content(schema = @Schema(implementation = RealisationView.class)))
    @APIResponse(responseCode = "201", description = "First figure for that year",
            content = @Content(schema = @Schema(implementation = RealisationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response put(@PathParam("indicator") String indicator, @PathParam("year") int year,
                        @Valid @NotNull RealisationRequest body) {
        RealisationService.Recorded recorded = realisations.put(address.agency, address.period, indicator, year, body);
        return Response.status(recorded.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(recorded.realisation()).build();
    }

    @GET
    @Path("/indicators/{indicator}/realisations")
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Realisations of an indicator",
            description = "Current figure per year, for an indicator of any version of the tree.")
    @APIResponse(responseCode = "200", description = "By year",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RealisationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<RealisationView> ofIndicator(@PathParam("indicator") String indicator) {
        return realisations.ofIndicator(address.agency, address.period, indicator);
    }

    @GET
    @Path("/indicators/{indicator}/realisations/{year: \\d{4}}/history")
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Every figure reported for a year", description = "Newest first, including replaced ones.")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RealisationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<RealisationView> history(@PathParam("indicator") String indicator, @PathParam("year") int year) {
        return realisations.history(address.agency, address.period, indicator, year);
    }

    @GET
    @Path("/realisations")
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Realisations of a version's indicators",
            description = "Current figures of every indicator the version carries (default: the current version). "
                    + "Realisations of an indicator removed by a later revision are read through an older version.")
    @APIResponse(responseCode = "200", description = "In indicator order, then by year",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RealisationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<RealisationView> ofVersion(
            @Parameter(description = "Version (default: current)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("version") String version) {
        return realisations.ofVersion(address.agency, address.period, QueryParams.integer("version", version));
    }
}
