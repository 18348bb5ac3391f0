package id.sinergi.common;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameter {@code figures}: which realisations a capaian counts, every current one or the verified ones only. */
public class FiguresParameter {

    enum Basis {
        ALL, VERIFIED
    }

    @QueryParam("figures")
    @Parameter(description = "Which realisations count: ALL (default: every current figure, whatever its verification "
            + "status) or VERIFIED (only figures a verifier has verified)",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"ALL", "VERIFIED"}, defaultValue = "ALL"))
    public String figures;

    /** Whether only verified realisations count (400 for a value other than ALL or VERIFIED). */
    public boolean verifiedOnly() {
        return QueryParams.enumValue(Basis.class, "figures", figures) == Basis.VERIFIED;
    }
}
