package id.sinergi.agreement;

import java.net.URI;
import java.util.List;
import java.util.Map;

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

import id.sinergi.cache.CacheableAnswer;
import id.sinergi.cascade.TreeAddress;
import id.sinergi.common.QueryParams;
import id.sinergi.security.Roles;
import id.sinergi.xlsx.Spreadsheet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@CacheableAnswer(scored = false)
@Path("/api/v1/agencies/{agency}/cascades/{period}/agreements/{year: \\d{4}}")
@Produces({MediaType.APPLICATION_JSON, "text/csv", Spreadsheet.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Perjanjian Kinerja per agency and year, its amendments (perubahan) and its "
        + "action plan (Rencana Aksi)")
public class AgreementResource {

    /** The columns of each document as CSV, by operationId, for the contract. */
    public static final Map<String, List<String>> CSV_COLUMNS = Map.of(
            "drawAgreement", AgreementView.COLUMNS, "signAgreement", AgreementView.COLUMNS,
            "getAgreement", AgreementView.COLUMNS, "setActionPlan", ActionPlanView.COLUMNS,
            "getActionPlan", ActionPlanView.COLUMNS);

    private static final String VERSION = "Version of the agreement (default: the one in force, the highest signed)";

    @Inject
    AgreementService agreements;

    @BeanParam
    TreeAddress address;

    @PathParam("year")
    @Parameter(description = "A year of the planning period", example = "2026")
    int year;

    @POST
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "drawAgreement", summary = "Draw the agreement or an amendment",
            description = "Copies the sasaran (TARGET) and programme indicators of a FINAL tree version with their targets "
                    + "for the year, and its programmes with their budget in force (the ceilings of their activities), "
                    + "into a DRAFT: version 1, or the next version (an amendment, reason required) once a version is "
                    + "signed. Drawing again while a DRAFT is open replaces it. 409 when the tree version is not FINAL; "
                    + "422 when an agreed indicator lacks the year's target or the superior has no signed agreement.")
    @APIResponse(responseCode = "201", description = "The draft; Location points at it",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response draw(@Valid @NotNull AgreementRequest body) {
        AgreementView drawn = agreements.draw(address.agency, address.period, year, body);
        return Response.created(URI.create("/api/v1/agencies/" + address.agency + "/cascades/" + address.period
                + "/agreements/" + year + "?version=" + drawn.version())).entity(drawn).build();
    }

    @POST
    @Path("/signature")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "signAgreement", summary = "Sign the draft",
            description = "The draft becomes SIGNED: frozen, and the agreement in force for the year (an amendment "
                    + "supersedes the version before, which stays readable). 409 when there is no draft.")
    @APIResponse(responseCode = "200", description = "The signed agreement")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public AgreementView sign() {
        return agreements.sign(address.agency, address.period, year);
    }

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "getAgreement", summary = "The agreement as a document",
            description = "The agreement in force, or any version (draft included) with ?version. CSV with Accept: "
                    + "text/csv: one line per agreed indicator, then one per programme with its budget.")
    @APIResponse(responseCode = "200", description = "The agreement")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public AgreementView read(@Parameter(description = VERSION, schema = @Schema(type = SchemaType.INTEGER))
                              @QueryParam("version") String version) {
        return agreements.read(address.agency, address.period, year, QueryParams.integer("version", version));
    }

    @GET
    @Path("/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "listAgreementVersions",
            summary = "Every version of the year's agreement", description = "Oldest first: the original, then each "
            + "amendment with its reason.")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AgreementView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<AgreementView> versions() {
        return agreements.versions(address.agency, address.period, year);
    }

    @PUT
    @Path("/action-plan")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "setActionPlan", summary = "Set the action plan of the agreement in force",
            description = "Rencana Aksi: every agreed indicator's targets to date for the four quarters (Q4 the agreed "
                    + "target; never falling for CUMULATIVE and MAXIMUM indicators) and monthly weights of activities "
                    + "below the agreed programmes (12 numbers totalling 100). Every violation listed; nothing stored "
                    + "unless all hold. An amendment starts without a plan: set it again for the new version.")
    @APIResponse(responseCode = "200", description = "The plan as stored")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public ActionPlanView plan(@NotNull ActionPlanRequest body) {
        return agreements.plan(address.agency, address.period, year, body);
    }

    @GET
    @Path("/action-plan")
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "getActionPlan", summary = "The action plan as a document",
            description = "Of the agreement in force, or of a version with ?version. CSV with Accept: text/csv: one line "
                    + "per indicator (Q1-Q4) and per activity (M01-M12).")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public ActionPlanView readPlan(@Parameter(description = VERSION, schema = @Schema(type = SchemaType.INTEGER))
                                   @QueryParam("version") String version) {
        return agreements.readPlan(address.agency, address.period, year, QueryParams.integer("version", version));
    }
}
