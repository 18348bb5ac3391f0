package id.sinergi.crosscut;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LinkDecision", description = "Why a link is rejected or withdrawn")
public record DecisionRequest(
        @Size(max = 4000) @Schema(description = "Reason; required to reject", example = "Bukan kewenangan instansi kami")
        String reason) {
}
