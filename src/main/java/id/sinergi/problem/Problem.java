package id.sinergi.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
public record Problem(
        @Schema(description = "Stable URI identifying the kind of problem", example = "urn:sinergi:problem:validation")
        String type,
        @Schema(description = "Short summary of the kind of problem, in the language Accept-Language asks for (Bahasa "
                + "Indonesia with id, else English)", example = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", example = "422")
        int status,
        @Schema(description = "Explanation of this occurrence", example = "The cascade tree breaks 2 rules; nothing was stored.")
        String detail,
        @Schema(description = "The request path this problem occurred on", example = "/api/v1/agencies/KEMENPANRB/cascades/2025-2029")
        @MayBeAbsent String instance,
        @Schema(description = "The violated rules, for validation problems: every one, or the first 1,000 in document order")
        @MayBeAbsent List<Violation> violations,
        @Schema(description = "How many further violations were found but not listed (present only when the list stopped at 1,000)",
                example = "4200")
        @MayBeAbsent Long omittedViolations,
        @JsonIgnore Text detailText) {
}
