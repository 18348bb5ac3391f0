package id.sinergi.search;

import jakarta.ws.rs.QueryParam;

import id.sinergi.cascade.Level;
import id.sinergi.common.QueryParams;
import id.sinergi.problem.Violation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters both searches take ({@code @BeanParam}); they combine with AND. */
public class SearchFilters {

    @QueryParam("period")
    @Parameter(description = "Planning period code", required = true, example = "2025-2029")
    public String period;

    @QueryParam("code")
    @Parameter(description = "Shared indicator code (for nodes: carried by one of their indicators)")
    public String code;

    @QueryParam("level")
    @Parameter(description = "Level of the node (for indicators: of the node carrying it)",
            schema = @Schema(implementation = Level.class))
    public String level;

    @QueryParam("owner")
    @Parameter(description = "Owner (penanggung jawab) agency code of the node")
    public String owner;

    @QueryParam("agency")
    @Parameter(description = "Agency whose tree holds the hit")
    public String agency;

    @QueryParam("q")
    @Parameter(description = "Text contained, case-insensitive: for nodes in the statement or an indicator name, "
            + "for indicators in the name or definition")
    public String text;

    /** The period code; a search is always within one period. */
    String requiredPeriod() {
        if (period == null || period.isBlank()) {
            throw QueryParams.bad("period", "REQUIRED", "query.search-period-required");
        }
        return period;
    }

    /** The filters, with iku (indicator searches only) parsed as true or false. */
    SearchService.Criteria criteria(String iku) {
        Boolean ikuOnly = null;
        if (iku != null && !iku.isBlank()) {
            if (!iku.equalsIgnoreCase("true") && !iku.equalsIgnoreCase("false")) {
                throw QueryParams.bad("iku", "INVALID_VALUE", "query.not-boolean", Violation.quote(iku));
            }
            ikuOnly = Boolean.valueOf(iku);
        }
        return new SearchService.Criteria(QueryParams.text(code), QueryParams.enumValue(Level.class, "level", level),
                QueryParams.text(owner), QueryParams.text(agency), QueryParams.text(text), ikuOnly);
    }
}
