package id.sinergi.common;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The page of a paged listing or report, as query parameters ({@code @BeanParam}), checked by {@link PageRequest}. */
public class PagingParameters {

    @QueryParam("page")
    @Parameter(description = "Zero-based page (default 0)", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Rows per page, 1 to " + PageRequest.MAX_SIZE + " (default " + PageRequest.DEFAULT_SIZE + ")",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE,
                    defaultValue = "" + PageRequest.DEFAULT_SIZE))
    public String size;

    public PageRequest request() {
        return PageRequest.of(page, size);
    }
}
