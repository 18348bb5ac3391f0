package id.sinergi.realisation;

import java.math.BigDecimal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RealisationRequest", description = "The measured value (realisasi) of an indicator for one reporting period, "
        + "with the narrative SAKIP asks for")
public record RealisationRequest(
        @Schema(description = "Measured value, in the indicator's unit; required unless the indicator is QUALITATIVE",
                example = "84.2")
        BigDecimal value,
        @Size(max = 100)
        @Schema(description = "QUALITATIVE indicators only, instead of a value: a label of the indicator's scale", example = "WTP")
        String label,
        @Size(max = 4000)
        @Schema(description = "Explanation (catatan)", example = "Data triwulan IV dari dashboard LAPOR!")
        String note,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "{sinergi.url}")
        @Schema(description = "Link to the evidence (bukti dukung) kept elsewhere; files can also be uploaded",
                example = "https://lapor.go.id/laporan-tahunan-2025.pdf")
        String evidenceUrl,
        @Size(max = 4000)
        @Schema(description = "Faktor pendukung: what helped", example = "Integrasi kanal pengaduan daerah")
        String supportingFactors,
        @Size(max = 4000)
        @Schema(description = "Faktor penghambat: what held it back", example = "Keterbatasan operator di kabupaten")
        String hinderingFactors,
        @Size(max = 4000)
        @Schema(description = "Upaya: the improvement steps taken or planned", example = "Pelatihan operator triwulan III")
        String improvementSteps) {
}
