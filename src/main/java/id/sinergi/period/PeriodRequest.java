package id.sinergi.period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.sinergi.common.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PeriodRequest", description = "A planning period to register")
public record PeriodRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = Codes.PATTERN, message = "{sinergi.code}")
        @Schema(description = "Period code, conventionally first-last year", example = "2025-2029", required = true)
        String code,
        @NotNull @Min(1945) @Max(2200)
        @Schema(example = "2025", required = true)
        Integer firstYear,
        @NotNull @Min(1945) @Max(2200)
        @Schema(example = "2029", required = true)
        Integer lastYear,
        @Size(max = 300)
        @Schema(example = "RPJMN 2025-2029")
        String name) {
}
