package id.sinergi.realisation;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RealisationRequest", description = "The measured value (realisasi) of an indicator for one year")
public record RealisationRequest(
        @NotNull
        @Schema(description = "Measured value, in the indicator's unit", example = "84.2", required = true)
        BigDecimal value,
        @Size(max = 4000)
        @Schema(description = "Explanation (catatan)", example = "Data triwulan IV dari dashboard LAPOR!")
        String note,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        @Schema(description = "Link to the evidence (bukti dukung)", example = "https://lapor.go.id/laporan-tahunan-2025.pdf")
        String evidenceUrl) {
}
