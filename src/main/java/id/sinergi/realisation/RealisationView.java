package id.sinergi.realisation;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Realisation", description = "A reported realisation (realisasi) of an indicator for one reporting period")
public record RealisationView(
        @Schema(description = "Indicator key", example = "IK-S1-1") String indicator,
        @Schema(example = "2025") int year,
        @Schema(description = "Y (the year), Q1-Q4 or M01-M12", example = "Q2") String period,
        @Schema(description = "The value; for a QUALITATIVE indicator the score of its label", example = "84.2") BigDecimal value,
        @Schema(description = "QUALITATIVE only: the label reported", example = "WTP") String label,
        @Schema(description = "Verification status; absent in a history entry") RealisationStatus status,
        String note,
        String evidenceUrl,
        @Schema(description = "Faktor pendukung") String supportingFactors,
        @Schema(description = "Faktor penghambat") String hinderingFactors,
        @Schema(description = "Upaya") String improvementSteps,
        @Schema(description = "Who reported it", example = "perencana.kemenpanrb") String reportedBy,
        Instant reportedAt,
        @Schema(description = "The verifier's note when returned (or verified with a remark)") String reviewNote,
        @Schema(description = "Who last submitted, verified or returned it") String reviewedBy,
        Instant reviewedAt) {
}
