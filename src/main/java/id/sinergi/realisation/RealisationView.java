package id.sinergi.realisation;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Realisation", description = "A reported realisation (realisasi) of an indicator for a year")
public record RealisationView(
        @Schema(description = "Indicator key", example = "IK-S1-1") String indicator,
        @Schema(example = "2025") int year,
        @Schema(example = "84.2") BigDecimal value,
        String note,
        String evidenceUrl,
        @Schema(description = "Who reported it", example = "perencana.kemenpanrb") String reportedBy,
        Instant reportedAt) {
}
