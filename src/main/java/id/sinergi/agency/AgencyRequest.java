package id.sinergi.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.sinergi.common.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to register or update an agency. */
@Schema(name = "AgencyRequest", description = "An agency (instansi) to register or update")
public record AgencyRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.PATTERN, message = "letters, digits, '.', '_' and '-' only")
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
        String parent) {
}
