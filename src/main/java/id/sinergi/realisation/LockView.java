package id.sinergi.realisation;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportingLock", description = "A reporting period closed to new and changed realisations from a moment on")
public record LockView(
        @Schema(description = "The year (locks every period of it), a quarter (and its months) or a month",
                example = "2025-Q2") String period,
        Instant lockedFrom,
        @Schema(description = "Whether the lock is in force now") boolean active,
        @Schema(description = "Who set it") String setBy,
        Instant setAt) {
}
