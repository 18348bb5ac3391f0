package id.sinergi.realisation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RealisationStatusChange", description = "Submit a realisation for verification, verify it or return it")
public record StatusChange(
        @NotNull
        @Schema(description = "SUBMITTED (a planner of the agency), VERIFIED or RETURNED (a verifier)", required = true,
                enumeration = {"SUBMITTED", "VERIFIED", "RETURNED"})
        RealisationStatus status,
        @Size(max = 4000)
        @Schema(description = "Note; required to return", example = "Lampirkan bukti dukung triwulan II")
        String note) {
}
