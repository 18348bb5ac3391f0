package id.sinergi.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a planner gives to draw a performance agreement (or an amendment) from a FINAL tree version. */
@Schema(name = "AgreementRequest", description = "Draws the year's Perjanjian Kinerja, or an amendment of the signed one")
public record AgreementRequest(
        @NotNull @Valid @Schema(description = "Pihak pertama: the head of the unit who commits to the targets", required = true)
        Party firstParty,
        @NotNull @Valid @Schema(description = "Pihak kedua: the superior who agrees", required = true)
        Party secondParty,
        @Size(max = 64)
        @Schema(description = "Code of the superior agency whose signed agreement of the same year this one cascades "
                + "from", example = "KEMENPANRB") String superior,
        @Size(max = 4000)
        @Schema(description = "Why the signed agreement is amended (required for an amendment, absent for the first "
                + "version)", example = "Refocusing anggaran: pagu program 2 dipotong 20%") String reason,
        @Min(1)
        @Schema(description = "The FINAL tree version to draw from (default: the current version, which must be FINAL)",
                example = "3") Integer treeVersion) {

    @Schema(name = "AgreementParty", description = "A signatory: name and position (jabatan)")
    public record Party(
            @NotBlank @Size(max = 300) @Schema(example = "Dr. Rini Widyantini", required = true) String name,
            @NotBlank @Size(max = 300) @Schema(example = "Menteri PANRB", required = true) String position) {
    }
}
