package id.sinergi.cascade;

import java.util.List;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;

import id.sinergi.common.QueryParams;
import id.sinergi.svg.Picture;
import id.sinergi.xlsx.Spreadsheet;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Whether the client asked for the tree as a picture (Accept: image/svg+xml) or as a workbook (Accept: the
 * .xlsx type) rather than as JSON, and what the picture shows.
 */
public class PictureParameters {

    static final int LEVELS = Level.values().length;
    private static final MediaType SVG = MediaType.valueOf(Picture.MEDIA_TYPE);
    private static final MediaType XLSX = MediaType.valueOf(Spreadsheet.MEDIA_TYPE);
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, SVG, XLSX).build();

    @Parameter(description = "Picture only: the year whose capaian colours the boxes (default: this year, or the "
            + "period's nearest year)", schema = @Schema(type = SchemaType.INTEGER))
    @QueryParam("year")
    String year;

    @Parameter(description = "Picture only: how many levels to draw from the top, 1 to 5 (default 5). Fewer are drawn "
            + "when the picture would pass 400 boxes or 40 side by side, the levels below folded into one \"+n\" box per "
            + "parent; a parent shows at most 12 children, the rest as one \"+n\" box. A node's own picture shows its "
            + "subtree",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"))
    @QueryParam("depth")
    String depth;

    @Context
    Request request;

    /** True when image/svg+xml is the media type the Accept header prefers. */
    boolean wanted() {
        return chosen(SVG);
    }

    /** True when the workbook is the media type the Accept header prefers. */
    boolean workbookWanted() {
        return chosen(XLSX);
    }

    private boolean chosen(MediaType type) {
        Variant chosen = request.selectVariant(VARIANTS);
        return chosen != null && type.isCompatible(chosen.getMediaType());
    }

    Integer year() {
        return QueryParams.integer("year", year);
    }

    int depth() {
        Integer levels = QueryParams.integer("depth", depth);
        if (levels == null) {
            return LEVELS;
        }
        if (levels < 1 || levels > LEVELS) {
            throw QueryParams.bad("depth", "DEPTH_OUT_OF_RANGE", "query.depth", LEVELS);
        }
        return levels;
    }
}
