package id.sinergi.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import id.sinergi.cache.CacheableAnswer;
import id.sinergi.common.Page;
import id.sinergi.common.PagingParameters;
import id.sinergi.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@CacheableAnswer(scored = false)
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
@Tag(name = "Search", description = "Find nodes and indicators across every agency's current tree of a period")
public class SearchResource {

    @Inject
    SearchService search;

    @GET
    @Path("/nodes")
    @Operation(operationId = "searchNodes", summary = "Find nodes across agencies",
            description = "Nodes of the current version of every tree in the period, with their indicators, ordered by "
                    + "agency and position. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of hits")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<SearchHit> nodes(@BeanParam SearchFilters filters, @BeanParam PagingParameters paging) {
        return search.nodes(filters.requiredPeriod(), filters.criteria(null), paging.request());
    }

    @GET
    @Path("/indicators")
    @Operation(operationId = "searchIndicators", summary = "Find indicators across agencies",
            description = "Indicators of the current version of every tree in the period, with the node carrying each. "
                    + "Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of hits")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<SearchHit> indicators(@BeanParam SearchFilters filters,
            @Parameter(description = "Only IKU (true) or only non-IKU (false)", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("iku") String iku,
            @BeanParam PagingParameters paging) {
        return search.indicators(filters.requiredPeriod(), filters.criteria(iku), paging.request());
    }
}
