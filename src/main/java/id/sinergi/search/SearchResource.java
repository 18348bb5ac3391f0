package id.sinergi.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import id.sinergi.cascade.Level;
import id.sinergi.common.Page;
import id.sinergi.common.PageRequest;
import id.sinergi.common.QueryParams;
import id.sinergi.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN})
@Tag(name = "Search", description = "Find nodes and indicators across every agency's current tree of a period")
public class SearchResource {

    @Inject
    SearchService search;

    @GET
    @Path("/nodes")
    @Operation(summary = "Find nodes across agencies",
            description = "Nodes of the current version of every tree in the period, with their indicators, ordered by "
                    + "agency and position. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of hits")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<SearchHit> nodes(
            @Parameter(description = "Planning period code", required = true, example = "2025-2029") @QueryParam("period") String period,
            @Parameter(description = "Nodes carrying an indicator with this shared code") @QueryParam("code") String code,
            @Parameter(description = "Level", schema = @Schema(implementation = Level.class)) @QueryParam("level") String level,
            @Parameter(description = "Owner (penanggung jawab) agency code") @QueryParam("owner") String owner,
            @Parameter(description = "Agency whose tree holds the node") @QueryParam("agency") String agency,
            @Parameter(description = "Text in the statement or in an indicator name (case-insensitive)") @QueryParam("q") String text,
            @Parameter(description = "Zero-based page number (default 0)", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
        return search.nodes(required(period), criteria(code, level, owner, agency, text, null), PageRequest.of(page, size));
    }

    @GET
    @Path("/indicators")
    @Operation(summary = "Find indicators across agencies",
            description = "Indicators of the current version of every tree in the period, with the node carrying each. "
                    + "Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of hits")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<SearchHit> indicators(
            @Parameter(description = "Planning period code", required = true, example = "2025-2029") @QueryParam("period") String period,
            @Parameter(description = "Shared indicator code") @QueryParam("code") String code,
            @Parameter(description = "Only IKU (true) or only non-IKU (false)", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("iku") String iku,
            @Parameter(description = "Level of the node carrying the indicator", schema = @Schema(implementation = Level.class)) @QueryParam("level") String level,
            @Parameter(description = "Owner agency code of the node carrying it") @QueryParam("owner") String owner,
            @Parameter(description = "Agency whose tree holds the indicator") @QueryParam("agency") String agency,
            @Parameter(description = "Text in the name or definition (case-insensitive)") @QueryParam("q") String text,
            @Parameter(description = "Zero-based page number (default 0)", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
        return search.indicators(required(period), criteria(code, level, owner, agency, text, iku), PageRequest.of(page, size));
    }

    private static String required(String period) {
        if (period == null || period.isBlank()) {
            throw QueryParams.bad("period", "REQUIRED", "the planning period to search in is required");
        }
        return period;
    }

    private static SearchService.Criteria criteria(String code, String level, String owner, String agency, String text, String iku) {
        Boolean ikuOnly = null;
        if (iku != null && !iku.isBlank()) {
            if (!iku.equalsIgnoreCase("true") && !iku.equalsIgnoreCase("false")) {
                throw QueryParams.bad("iku", "INVALID_VALUE", "'" + iku + "' is neither true nor false");
            }
            ikuOnly = Boolean.valueOf(iku);
        }
        return new SearchService.Criteria(QueryParams.text(code), QueryParams.enumValue(Level.class, "level", level),
                QueryParams.text(owner), QueryParams.text(agency), QueryParams.text(text), ikuOnly);
    }
}
