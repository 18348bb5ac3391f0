package id.sinergi.common;

import jakarta.ws.rs.core.Application;

import id.sinergi.problem.Problem;
import id.sinergi.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's contract header: title, security scheme and the shared error responses operations refer to. */
@OpenAPIDefinition(
        info = @Info(title = "Sinergi API", version = "1",
                description = "Outcome-to-input performance cascading for government (SAKIP / IKU, Whole-of-Government). "
                        + "Planning units submit cascade trees (tujuan -> sasaran -> program -> kegiatan) with their "
                        + "indicators (IKU) and realisations; analysts read trees, versions and diffs. Every error is an "
                        + "RFC 9457 problem document (application/problem+json).",
                contact = @Contact(name = "Sinergi maintainers"),
                license = @License(name = "Apache-2.0", identifier = "Apache-2.0")),
        security = @SecurityRequirement(name = "bearer"),
        components = @Components(headers = @Header(name = "VersionTag", description = "The tree's version as an entity tag "
                + "(e.g. \"3\"): send it back in If-Match with a change", schema = @Schema(type = SchemaType.STRING)),
                responses = {
                @APIResponse(name = "BadRequest", responseCode = "400",
                        description = "Malformed request: unreadable JSON, a wrong type, an unknown property or enum value, a bad query parameter",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Unauthenticated", responseCode = "401", description = "No valid bearer token",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Forbidden", responseCode = "403",
                        description = "The token's role or agency does not allow this operation",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotFound", responseCode = "404", description = "No such agency, period, tree, version, node or indicator",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Conflict", responseCode = "409", description = "Conflicts with the current state (already exists, status does not allow it, reporting period locked)",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PreconditionFailed", responseCode = "412",
                        description = "If-Match names a version that is no longer the tree's current one: someone else changed it. "
                                + "Read the tree again (its ETag is the current version), reapply the change and retry.",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PreconditionRequired", responseCode = "428",
                        description = "A change to an existing tree must say which version it is based on: send If-Match with "
                                + "the ETag of the tree as read",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PayloadTooLarge", responseCode = "413", description = "The request body is larger than the service accepts",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "UnsupportedMediaType", responseCode = "415",
                        description = "The body's Content-Type is not one this operation takes",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotAcceptable", responseCode = "406",
                        description = "None of the media types the Accept header names is one this operation answers in",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "UriTooLong", responseCode = "414", description = "The request line is longer than the service reads",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "HeadersTooLarge", responseCode = "431", description = "The request headers are larger than the service reads",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "ValidationFailed", responseCode = "422",
                        description = "Well-formed but breaks domain rules; every violation is listed with its JSON pointer and rule code. Nothing was stored.",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Unavailable", responseCode = "503",
                        description = "The database cannot be reached just now (nothing was changed; retry after the seconds "
                                + "Retry-After gives), or a report ran longer than the configured limit and was stopped "
                                + "(narrow it or retry later)",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying",
                                schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "InternalError", responseCode = "500", description = "Unexpected failure; details are in the service log",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "JWT signed by the configured issuer. Roles in the `groups` claim: planner (with an `agency` claim, "
                + "and `agency_children: true` to also write for agencies below it), analyst, admin, verifier (with an "
                + "`agency` claim it verifies the agencies below that one; with `inspectorate: true` every agency).")
public class SinergiApplication extends Application {
}
