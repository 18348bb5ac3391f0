package id.sinergi.agency;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agency as the API shows it. */
@Schema(name = "Agency", description = "A registered agency (instansi / unit kerja)")
public record AgencyView(
        @Schema(example = "KEMENPANRB") String code,
        @Schema(example = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi") String name,
        AgencyKind kind,
        @Schema(description = "Parent agency code, absent for a top-level agency") String parent,
        Instant createdAt,
        Instant updatedAt) {

    static AgencyView of(Agency agency) {
        return new AgencyView(agency.code, agency.name, agency.kind,
                agency.parent == null ? null : agency.parent.code, agency.createdAt, agency.updatedAt);
    }
}
