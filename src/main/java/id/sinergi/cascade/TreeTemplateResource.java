package id.sinergi.cascade;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

import id.sinergi.problem.Messages;
import id.sinergi.security.Roles;
import id.sinergi.xlsx.Spreadsheet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The workbook a planning unit fills in to send its tree as a spreadsheet (also in the repository's examples/). */
@Path("/api/v1/templates/cascade-tree")
@RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
@Tag(name = "Cascade trees")
public class TreeTemplateResource {

    static final String LAYOUT = "Sheets Nodes (one row per node, parents before children), Indicators (one row per "
            + "indicator, naming its node), Targets (one row per year's target, or per quarter's target to date, naming "
            + "its indicator), and optional Scales, Budget and Inputs; a Guide sheet says what each column takes. Headers "
            + "are the JSON property names (owner.agency is ownerAgency) or their Bahasa Indonesia words; other sheets "
            + "are ignored.";

    @GET
    @Produces(Spreadsheet.MEDIA_TYPE)
    @Operation(operationId = "getTreeTemplate", summary = "Download the workbook template for a tree",
            description = "The empty workbook to fill in and send with PUT on a cascade tree (Content-Type: the .xlsx "
                    + "type): every sheet with its headers and drop-down lists for levels, polarities and the other "
                    + "closed sets, and the Guide; sheets, headers and guide in Bahasa Indonesia with Accept-Language: id. "
                    + LAYOUT)
    @APIResponse(responseCode = "200", description = "The template", content = @Content(mediaType = Spreadsheet.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary", description = "The template workbook (.xlsx)")))
    public Spreadsheet template(@Context HttpHeaders headers) {
        return TreeWorkbooks.template(Messages.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
