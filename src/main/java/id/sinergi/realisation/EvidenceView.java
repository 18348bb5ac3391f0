package id.sinergi.realisation;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evidence", description = "An evidence file (bukti dukung) of a realisation")
public record EvidenceView(
        @Schema(example = "17") long id,
        @Schema(example = "laporan-tw2.pdf") String fileName,
        @Schema(example = "application/pdf") String contentType,
        @Schema(description = "Size in bytes", example = "482113") long size,
        @Schema(description = "SHA-256 of the content, hex", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {
}
