package id.sinergi.realisation;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Realisation", description = "A reported realisation (realisasi) of an indicator for one reporting period")
public record RealisationView(
        @Schema(description = "Indicator key", example = "IK-S1-1") String indicator,
        @Schema(example = "2025") int year,
        @Schema(description = "Y (the year), Q1-Q4 or M01-M12", example = "Q2") String period,
        @Schema(description = "The value; for a QUALITATIVE indicator the score of its label", example = "84.2") BigDecimal value,
        @Schema(description = "QUALITATIVE only: the label reported", example = "WTP") @MayBeAbsent String label,
        @Schema(description = "Verification status; absent in a history entry") @MayBeAbsent RealisationStatus status,
        @MayBeAbsent String note,
        @MayBeAbsent String evidenceUrl,
        @Schema(description = "Faktor pendukung") @MayBeAbsent String supportingFactors,
        @Schema(description = "Faktor penghambat") @MayBeAbsent String hinderingFactors,
        @Schema(description = "Upaya") @MayBeAbsent String improvementSteps,
        @Schema(description = "Who reported it", example = "perencana.kemenpanrb") String reportedBy,
        Instant reportedAt,
        @Schema(description = "The verifier's note when returned (or verified with a remark)") @MayBeAbsent String reviewNote,
        @Schema(description = "Who last submitted, verified or returned it") @MayBeAbsent String reviewedBy,
        @MayBeAbsent Instant reviewedAt) {
}
