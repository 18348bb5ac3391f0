package id.sinergi.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a listing. */
@Schema(description = "One page of a listing")
public record Page<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Page size asked for", example = "50") int size,
        @Schema(description = "Number of items over all pages", example = "132") long total) {
}
