package id.sinergi.period;

import java.time.Instant;

import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Period", description = "A planning period (Renstra / RPJMN span)")
public record PeriodView(
        @Schema(example = "2025-2029") String code,
        @Schema(example = "2025") int firstYear,
        @Schema(example = "2029") int lastYear,
        @Schema(example = "RPJMN 2025-2029") @MayBeAbsent String name,
        Instant createdAt) {

    static PeriodView of(PlanningPeriod period) {
        return new PeriodView(period.code, period.firstYear, period.lastYear, period.name, period.createdAt);
    }
}
