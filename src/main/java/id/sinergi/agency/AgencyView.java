package id.sinergi.agency;

import java.time.Instant;
import java.util.List;

import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agency as the API shows it. */
@Schema(name = "Agency", description = "A registered agency (instansi / unit kerja)")
public record AgencyView(
        @Schema(example = "KEMENPANRB") String code,
        @Schema(example = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi") String name,
        AgencyKind kind,
        @Schema(description = "Parent agency code, absent for a top-level agency") @MayBeAbsent String parent,
        @Schema(description = "The affairs (urusan.bidang) the agency holds the authority for", example = "[\"1.02\"]")
        List<String> affairs,
        Instant createdAt,
        Instant updatedAt) {

    static AgencyView of(Agency agency) {
        return new AgencyView(agency.code, agency.name, agency.kind,
                agency.parent == null ? null : agency.parent.code, List.of(agency.affairs), agency.createdAt, agency.updatedAt);
    }
}
