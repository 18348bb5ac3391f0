package id.sinergi.realisation;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportingLockRequest", description = "When a reporting period closes to new and changed realisations")
public record LockRequest(
        @Schema(description = "From when (default: now); a future moment sets the reporting deadline ahead",
                example = "2025-07-15T00:00:00+07:00")
        Instant lockedFrom) {
}
