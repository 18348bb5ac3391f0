package id.sinergi.agency;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.sinergi.common.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to register or update an agency. */
@Schema(name = "AgencyRequest", description = "An agency (instansi) to register or update")
public record AgencyRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.PATTERN, message = "{sinergi.code}")
        @Schema(description = "Stable agency code; never changes once registered", example = "KEMENPANRB", required = true)
        String code,
        @NotBlank @Size(max = 300)
        @Schema(description = "Official name", example = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", required = true)
        String name,
        @NotNull
        @Schema(description = "Kind of agency", required = true)
        AgencyKind kind,
        @Size(max = 64)
        @Schema(description = "Code of the parent agency: the regional government of an OPD, the ministry of an echelon-I unit",
                example = "PEMPROV-JATENG")
        String parent,
        @Size(max = 50)
        @Schema(description = "The affairs (urusan.bidang urusan of Permendagri 90/2019, e.g. 1.02 for health) the agency "
                + "holds the authority for; a sub-activity of one of them carried by an agency without it is a konflik "
                + "kewenangan (duplication report)", example = "[\"1.02\"]")
        List<@NotNull @Pattern(regexp = "[1-9]\\.\\d{2}", message = "{sinergi.affair}") String> affairs) {
}
