package id.sinergi.cascade;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.sinergi.cache.CacheableAnswer;
import id.sinergi.common.QueryParams;
import id.sinergi.problem.Messages;
import id.sinergi.security.Roles;
import id.sinergi.svg.Picture;
import id.sinergi.xlsx.Spreadsheet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Pictures wait for pending rescorings themselves (CascadeService): the tree itself needs no scores.
@CacheableAnswer(scored = false)
@Path("/api/v1/agencies/{agency}/cascades/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cascade trees", description = "An agency's cascade tree (pohon kinerja) for a planning period: "
        + "tujuan -> sasaran -> program -> kegiatan, with indicators, versions and status")
public class CascadeResource {

    /** The version as an entity tag, declared once in the contract (components/headers). */
    static final String VERSION_TAG = "VersionTag";

    private static final String PICTURE = "The pohon kinerja as SVG (Accept: image/svg+xml): a row per level, a box per "
            + "node with its statement, owner and the year's capaian coloured by predikat band; dashed lines to the nodes of "
            + "other agencies it supports and from those that support it (their current trees), dotted ones for accepted "
            + "cross-cutting links";

    /** The tree as a workbook, answered and accepted; the contract gives it as putTree's second body too. */
    public static final String WORKBOOK = "The tree as an .xlsx workbook in the template's layout "
            + "(GET /api/v1/templates/cascade-tree): " + TreeTemplateResource.LAYOUT + " A workbook read with GET may be "
            + "sent back with PUT as it is. Text a spreadsheet would take for a formula is marked as text (quotePrefix), "
            + "its value unchanged. Sent with PUT, violations name their sheet, row and column; it may unpack to "
            + "MAX_WORKBOOK_SIZE (default 64 MB) at most.";

    private static final String READERS_NOTE = "Any role may read.";
    private static final String IF_MATCH = "The ETag of the tree as read (its version, e.g. \"3\"), or *: required to "
            + "change an existing tree, left out to create one";

    @Inject
    CascadeService cascades;

    @Inject
    TreeWorkbooks workbooks;

    @BeanParam
    TreeAddress address;

    @PUT
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "putTree", summary = "Submit the whole tree",
            description = "Validates the whole tree against every rule and stores it as the next version, in DRAFT. "
                    + "Nodes may be flat (each names its parent) or nested (children inside nodes). A tree that breaks any "
                    + "rule is rejected with all violations (JSON pointer and rule code each) and nothing is stored. "
                    + "A FINAL version is never changed: submitting again opens the next version. "
                    + "Planners write only their own agency's tree (and those of agencies below it when their token says so). "
                    + "Changing an existing tree needs If-Match with the ETag (the version) it was read at: without it 428, "
                    + "with an older one 412, so that of two planners revising the same version one wins and the other is told. "
                    + "A tree of more nodes than the configured limit (MAX_TREE_NODES, default 20000) is refused with 413. "
                    + "The tree may be sent as JSON or as a workbook (Content-Type: the .xlsx type), in the template's "
                    + "layout.")
    @APIResponse(responseCode = "200", description = "Stored as the next version of an existing tree", headers = @Header(name = "ETag", ref = VERSION_TAG),
            content = @Content(schema = @Schema(implementation = VersionSummary.class)))
    @APIResponse(responseCode = "201", description = "Stored as version 1 of a new tree", headers = @Header(name = "ETag", ref = VERSION_TAG),
            content = @Content(schema = @Schema(implementation = VersionSummary.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response submit(
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            TreeSubmission body) {
        return stored(cascades.submitTree(address.agency, address.period, body, new VersionTag(ifMatch)));
    }

    /**
     * The same operation with a workbook in the template's layout (the contract shows it as a second body of
     * putTree); violations name their sheet, row and column.
     */
    @PUT
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Consumes(Spreadsheet.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response submitWorkbook(@HeaderParam("If-Match") String ifMatch, InputStream body) throws IOException {
        return stored(workbooks.submit(address.agency, address.period, body, new VersionTag(ifMatch)));
    }

    /** A stored version as the answer: 201 with its Location for a new tree, else 200; its ETag either way. */
    private Response stored(CascadeService.Submitted submitted) {
        URI location = URI.create("/api/v1/agencies/" + address.agency + "/cascades/" + address.period + "/versions/"
                + submitted.version().version());
        return (submitted.createdTree() ? Response.created(location) : Response.ok().location(location))
                .entity(submitted.version()).tag(tag(submitted.version())).build();
    }

    /** A version as the answer to a status change, with its ETag. */
    private static Response tagged(VersionSummary version) {
        return Response.ok(version).tag(tag(version)).build();
    }

    private static EntityTag tag(VersionSummary version) {
        return new EntityTag(String.valueOf(version.version()));
    }

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "getTree",
            summary = "Read the current tree", description = "The latest version with all nodes and indicators; "
            + "its ETag is the version, to send back in If-Match with a change. " + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The current version (its ETag is the version), its picture, or "
            + "its workbook", headers = @Header(name = "ETag", ref = VERSION_TAG),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TreeView.class)),
                    @Content(mediaType = Picture.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = PICTURE)),
                    @Content(mediaType = Spreadsheet.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                            format = "binary", description = WORKBOOK))})
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @Produces({MediaType.APPLICATION_JSON, Picture.MEDIA_TYPE, Spreadsheet.MEDIA_TYPE})
    public Response current(@Parameter(description = "flat (default) or nested", schema = @Schema(enumeration = {"flat", "nested"}))
                            @QueryParam("form") String form, @BeanParam PictureParameters picture,
                            @Context HttpHeaders headers) {
        if (picture.wanted()) {
            return Response.ok(cascades.picture(address.agency, address.period, null, picture.year(), picture.depth()))
                    .type(Picture.MEDIA_TYPE).build();
        }
        if (picture.workbookWanted()) {
            TreeView tree = cascades.read(address.agency, address.period, null, CascadeService.Form.FLAT);
            return Response.ok(workbooks.workbook(tree, Messages.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))).type(Spreadsheet.MEDIA_TYPE)
                    .tag(tag(tree.version())).build();
        }
        TreeView tree = cascades.read(address.agency, address.period, null, form(form));
        return Response.ok(tree).tag(tag(tree.version())).build();
    }

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "listTreeVersions",
            summary = "List the versions",
            description = "Every version, oldest first, with status and who did what when. " + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "All versions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = VersionSummary.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<VersionSummary> versions() {
        return cascades.versions(address.agency, address.period);
    }

    @GET
    @Path("/versions/{version: \\d+}")
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "getTreeVersion",
            summary = "Read one version", description = "Earlier versions stay readable as they were. " + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "That version",
            content = @Content(schema = @Schema(implementation = TreeView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TreeView version(@PathParam("version") int version,
                            @Parameter(description = "flat (default) or nested", schema = @Schema(enumeration = {"flat", "nested"}))
                            @QueryParam("form") String form) {
        return cascades.read(address.agency, address.period, version, form(form));
    }

    @GET
    @Path("/diff")
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "compareTreeVersions", summary = "Compare two versions",
            description = "Nodes and indicators added, removed and changed (field by field), matched by key. "
                    + "Defaults: to = the current version, from = the version before it. " + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The differences",
            content = @Content(schema = @Schema(implementation = TreeDiff.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TreeDiff diff(@Parameter(description = "Older version", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("from") String from,
                         @Parameter(description = "Newer version", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("to") String to) {
        return cascades.diff(address.agency, address.period, QueryParams.integer("from", from),
                QueryParams.integer("to", to));
    }

    @GET
    @Path("/nodes/{key}")
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "getNode", summary = "Read a node in context",
            description = "The node with its indicators, its path up to the GOAL and its whole subtree. " + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The node, or the picture of its subtree",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NodeView.class)),
                    @Content(mediaType = Picture.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = PICTURE))})
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @Produces({MediaType.APPLICATION_JSON, Picture.MEDIA_TYPE})
    public Object node(@PathParam("key") String key,
                       @Parameter(description = "Version to read (default: current)", schema = @Schema(type = SchemaType.INTEGER))
                       @QueryParam("version") String version, @BeanParam PictureParameters picture) {
        Integer number = QueryParams.integer("version", version);
        if (picture.wanted()) {
            return Response.ok(cascades.subtreePicture(address.agency, address.period, number, key, picture.year(),
                    picture.depth())).type(Picture.MEDIA_TYPE).build();
        }
        return cascades.node(address.agency, address.period, key, number);
    }

    @POST
    @Path("/submit")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "submitTree",
            summary = "Submit the current version for review", description = "DRAFT -> SUBMITTED.")
    @APIResponse(responseCode = "200", description = "Now SUBMITTED", headers = @Header(name = "ETag", ref = VERSION_TAG),
            content = @Content(schema = @Schema(implementation = VersionSummary.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response submitForReview(
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return tagged(cascades.submitForReview(address.agency, address.period, new VersionTag(ifMatch)));
    }

    @POST
    @Path("/finalize")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "finalizeTree", summary = "Finalize the current version",
            description = "SUBMITTED -> FINAL. A FINAL version never changes; the next PUT opens a new version.")
    @APIResponse(responseCode = "200", description = "Now FINAL", headers = @Header(name = "ETag", ref = VERSION_TAG),
            content = @Content(schema = @Schema(implementation = VersionSummary.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response finalizeTree(
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return tagged(cascades.finalizeTree(address.agency, address.period, new VersionTag(ifMatch)));
    }

    private static CascadeService.Form form(String form) {
        CascadeService.Form parsed = QueryParams.enumValue(CascadeService.Form.class, "form", form);
        return parsed == null ? CascadeService.Form.FLAT : parsed;
    }
}
