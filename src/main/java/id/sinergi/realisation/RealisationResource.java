package id.sinergi.realisation;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import id.sinergi.cache.CacheableAnswer;
import id.sinergi.cascade.TreeAddress;
import id.sinergi.common.FiguresParameter;
import id.sinergi.common.QueryParams;
import id.sinergi.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@CacheableAnswer
@Path("/api/v1/agencies/{agency}/cascades/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Realisations", description = "Measured values (realisasi) of indicators per year, quarter or month, their "
        + "narrative and verification")
public class RealisationResource {

    static final String REPORTING_PERIOD = "/indicators/{indicator}/realisations/{reportingPeriod: " + ReportingPeriod.PATTERN + "}";
    static final String REPORTING_PERIOD_DESCRIPTION = "The year (2025) for a YEARLY indicator, a quarter (2025-Q2) for a "
            + "QUARTERLY one, a month (2025-M05) for a MONTHLY one";

    @Inject
    RealisationService realisations;

    @BeanParam
    TreeAddress address;

    @PUT
    @Path(REPORTING_PERIOD)
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "reportRealisation", summary = "Report a realisation",
            description = "Records the figure of an indicator of the current version for one reporting period of a year of "
                    + "the planning period, as a DRAFT, with who reported it and when. Reporting again replaces the figure "
                    + "while it is a DRAFT or RETURNED (409 once SUBMITTED or VERIFIED); every earlier figure stays in the "
                    + "history. 409 urn:sinergi:problem:period-locked when a lock closes the period.")
    @APIResponse(responseCode = "200", description = "Replaced the figure for that period",
            content = @Content(schema = @Schema(implementation = RealisationView.class)))
    @APIResponse(responseCode = "201", description = "First figure for that period",
            content = @Content(schema = @Schema(implementation = RealisationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response put(@PathParam("indicator") String indicator,
                        @Parameter(description = REPORTING_PERIOD_DESCRIPTION, example = "2025-Q2")
                        @PathParam("reportingPeriod") String reportingPeriod,
                        @Valid @NotNull RealisationRequest body, @Context UriInfo uri) {
        RealisationService.Recorded recorded = realisations.put(address.agency, address.period, indicator, reportingPeriod, body);
        return (recorded.created() ? Response.created(uri.getRequestUri()) : Response.ok())
                .entity(recorded.realisation()).build();
    }

    @POST
    @Path(REPORTING_PERIOD + "/status")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "changeRealisationStatus", summary = "Submit, verify or return a realisation",
            description = "A planner of the agency submits a DRAFT or RETURNED realisation (SUBMITTED); a verifier of an "
                    + "agency above it, or an inspectorate, verifies a SUBMITTED one (VERIFIED) or returns a SUBMITTED or "
                    + "VERIFIED one with a note (RETURNED). Nobody verifies a figure they reported.")
    @APIResponse(responseCode = "200", description = "The realisation in its new status",
            content = @Content(schema = @Schema(implementation = RealisationView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public RealisationView changeStatus(@PathParam("indicator") String indicator,
                                        @Parameter(description = REPORTING_PERIOD_DESCRIPTION, example = "2025-Q2")
                                        @PathParam("reportingPeriod") String reportingPeriod,
                                        @Valid @NotNull StatusChange body) {
        return realisations.changeStatus(address.agency, address.period, indicator, reportingPeriod, body);
    }

    @GET
    @Path(REPORTING_PERIOD + "/status")
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "listRealisationTransitions",
            summary = "Verification history of a realisation", description = "Every status change, oldest first.")
    @APIResponse(responseCode = "200", description = "The transitions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StatusTransition.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<StatusTransition> transitions(@PathParam("indicator") String indicator,
                                              @Parameter(description = REPORTING_PERIOD_DESCRIPTION, example = "2025-Q2")
                                              @PathParam("reportingPeriod") String reportingPeriod) {
        return realisations.transitions(address.agency, address.period, indicator, reportingPeriod);
    }

    @GET
    @Path("/indicators/{indicator}/realisations")
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "listIndicatorRealisations", summary = "Realisations of an indicator",
            description = "Current figure per reporting period, by year and period, for an indicator of any version of the tree.")
    @APIResponse(responseCode = "200", description = "By year and period",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RealisationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<RealisationView> ofIndicator(@PathParam("indicator") String indicator) {
        return realisations.ofIndicator(address.agency, address.period, indicator);
    }

    @GET
    @Path(REPORTING_PERIOD + "/history")
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "listRealisationHistory",
            summary = "Every figure reported for a period", description = "Newest first, including replaced ones.")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RealisationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<RealisationView> history(@PathParam("indicator") String indicator,
                                         @Parameter(description = REPORTING_PERIOD_DESCRIPTION, example = "2025-Q2")
                                         @PathParam("reportingPeriod") String reportingPeriod) {
        return realisations.history(address.agency, address.period, indicator, reportingPeriod);
    }

    @GET
    @Path("/indicators/{indicator}/figures/{year: \\d{4}}")
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "getIndicatorFigures", summary = "Figures and capaian to date, per quarter",
            description = "For each quarter of the year (Q4: the year): the figure to date (the periods reported up to the "
                    + "quarter's end, added up by the indicator's accumulation kind, with how), the periods missing, the "
                    + "same from verified realisations only, the target to date, and the capaian with its formula and "
                    + "predikat band. A missing period never counts as 0.")
    @APIResponse(responseCode = "200", description = "Four quarters",
            content = @Content(schema = @Schema(implementation = IndicatorFigures.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public IndicatorFigures figures(@PathParam("indicator") String indicator, @PathParam("year") int year,
                                    @BeanParam FiguresParameter figures) {
        return realisations.figures(address.agency, address.period, indicator, year, figures.verifiedOnly());
    }

    @GET
    @Path("/realisations")
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "listVersionRealisations", summary = "Realisations of a version's indicators",
            description = "Current figures of every indicator the version carries (default: the current version). "
                    + "Realisations of an indicator removed by a later revision are read through an older version.")
    @APIResponse(responseCode = "200", description = "In indicator order, then by year and period",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RealisationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<RealisationView> ofVersion(
            @Parameter(description = "Version (default: current)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("version") String version) {
        return realisations.ofVersion(address.agency, address.period, QueryParams.integer("version", version));
    }
}
