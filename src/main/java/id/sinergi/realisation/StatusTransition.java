package id.sinergi.realisation;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RealisationTransition", description = "A change of a realisation's verification status")
public record StatusTransition(RealisationStatus from, RealisationStatus to, String actor, Instant at, @MayBeAbsent String note) {
}
