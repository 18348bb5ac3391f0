package id.sinergi.realisation;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import id.sinergi.problem.Text;
import id.sinergi.cascade.TreeAddress;
import id.sinergi.common.QueryParams;
import id.sinergi.config.SinergiConfig;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agencies/{agency}/cascades/{period}" + RealisationResource.REPORTING_PERIOD + "/evidence")
@Tag(name = "Realisations")
public class EvidenceResource {

    private static final String TYPES = "application/pdf, image/png, image/jpeg, text/csv (UTF-8), and Office Open XML "
            + "(.xlsx, .docx, .pptx)";

    @Inject
    EvidenceService evidence;

    @Inject
    SinergiConfig config;

    @BeanParam
    TreeAddress address;

    @Context
    UriInfo uri;

    @PathParam("indicator")
    @Parameter(description = "Indicator key", example = "IK-S1-1")
    String indicator;

    @PathParam("reportingPeriod")
    @Parameter(description = RealisationResource.REPORTING_PERIOD_DESCRIPTION, example = "2025-Q2")
    String reportingPeriod;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "uploadEvidence", summary = "Upload an evidence file (bukti dukung)",
            description = "The file is the raw request body, its type the Content-Type (" + TYPES + "); its content must "
                    + "match that type. At most MAX_EVIDENCE_SIZE (default 10 MB) and 20 files per realisation; only while "
                    + "the realisation is DRAFT or RETURNED and its period open. The answer carries the file's SHA-256.")
    @RequestBody(content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored; Location points at the file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response upload(@Parameter(description = "The file's name, as it is downloaded again (no path, no control "
                                   + "characters, up to 200 characters)", required = true, example = "laporan-tw2.pdf")
                           @QueryParam("name") String name,
                           @Context HttpHeaders headers,
                           InputStream body) {
        String fileName = fileName(name);
        String type = mediaType(headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
        long limit = config.limits().maxEvidenceSize().asLongValue();
        if (headers.getLength() > limit) {
            throw EvidenceService.tooLarge(limit);
        }
        byte[] content = EvidenceService.read(body, limit);
        EvidenceView stored = evidence.upload(address.agency, address.period, indicator, reportingPeriod, fileName, type,
                content);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(stored.id())).build())
                .type(MediaType.APPLICATION_JSON).entity(stored).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "listEvidence",
            summary = "Evidence files of a realisation", description = "In upload order, without their content.")
    @APIResponse(responseCode = "200", description = "The files",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EvidenceView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<EvidenceView> list() {
        return evidence.list(address.agency, address.period, indicator, reportingPeriod);
    }

    @GET
    @Path("/{id: \\d{1,18}}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
    @Operation(operationId = "downloadEvidence", summary = "Download an evidence file",
            description = "The content as uploaded, as an attachment, with its SHA-256 in Repr-Digest (RFC 9530) and ETag.")
    @APIResponse(responseCode = "200", description = "The file",
            headers = @Header(name = "ETag", description = "The file's SHA-256", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "The file in the media type it was uploaded as: " + TYPES)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response download(@PathParam("id") long id) {
        EvidenceService.File file = evidence.download(address.agency, address.period, indicator, reportingPeriod, id);
        EvidenceView view = file.evidence();
        return Response.ok(file.content(), view.contentType())
                .header("Content-Disposition", disposition(view.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, no-store")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(view.sha256())) + ":")
                .tag(view.sha256())
                .build();
    }

    @DELETE
    @Path("/{id: \\d{1,18}}")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "deleteEvidence",
            summary = "Remove an evidence file",
            description = "Only while the realisation is DRAFT or RETURNED and its period open.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@PathParam("id") long id) {
        evidence.delete(address.agency, address.period, indicator, reportingPeriod, id);
    }

    /** A name to store and send back: no path, no control characters, within 200 characters (422 otherwise). */
    static String fileName(String name) {
        String text = QueryParams.text(name);
        if (text == null) {
            throw QueryParams.bad("name", "REQUIRED", "query.file-name-required");
        }
        if (text.length() > 200 || text.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == '"')) {
            throw QueryParams.bad("name", "FILE_NAME", "query.file-name");
        }
        return text;
    }

    /** The declared media type without parameters, when it is one evidence may have (415 otherwise). */
    private static String mediaType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!EvidenceTypes.accepted(type)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, Text.of("evidence.detail-5", TYPES, type));
        }
        return type;
    }

    /** RFC 6266: an ASCII fallback and the exact name in UTF-8. */
    private static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
