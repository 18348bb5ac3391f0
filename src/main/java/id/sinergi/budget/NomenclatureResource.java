package id.sinergi.budget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import id.sinergi.common.Page;
import id.sinergi.common.PagingParameters;
import id.sinergi.common.QueryParams;
import id.sinergi.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/nomenclature")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nomenclature", description = "The reference list of programme, activity and sub-activity codes "
        + "(Permendagri 90/2019) that nodes' codes are checked against")
public class NomenclatureResource {

    @Inject
    NomenclatureService nomenclature;

    @PUT
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "loadNomenclature", summary = "Load the reference list",
            description = "Admins only. Replaces the whole list with a UTF-8 CSV whose first line is code,name; each "
                    + "code's level follows from its format. Every bad row is listed (location /line/{n}/code or /name); "
                    + "nothing changes unless every row is valid. An empty list (the header alone) turns the check off. "
                    + "Trees already stored are not re-checked: the integrity of their codes is checked on their next "
                    + "submission.")
    @RequestBody(description = "code,name\\r\\n1.02.02,PROGRAM PEMENUHAN UPAYA KESEHATAN ...")
    @APIResponse(responseCode = "200", description = "The list in force now")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public NomenclatureService.Loaded replace(String csv) {
        return nomenclature.replace(csv);
    }

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "listNomenclature",
            summary = "Codes of the reference list", description = "In code order, one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of codes")
    public Page<NomenclatureService.Entry> list(
            @Parameter(description = "Only codes starting with this, e.g. 1.02 for an affair", example = "1.02")
            @QueryParam("prefix") String prefix,
            @BeanParam PagingParameters paging) {
        return nomenclature.list(QueryParams.text(prefix), paging.request());
    }
}
