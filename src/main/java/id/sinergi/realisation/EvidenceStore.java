package id.sinergi.realisation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.sinergi.cascade.CascadeTree;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Records of evidence files in SQL; runs inside the caller's transaction. */
@ApplicationScoped
public class EvidenceStore {

    private static final String COLUMNS = "id, file_name, content_type, size_bytes as size, sha256, uploaded_by, uploaded_at";
    private static final String OF_REALISATION = "tree_id = :tree and agency_id = :agency and indicator_key = :indicator "
            + "and year = :year and period = :period";
    private static final RowMapper<EvidenceView> EVIDENCE = ConstructorMapper.of(EvidenceView.class);

    @Inject
    Jdbi jdbi;

    /** Records an evidence file of a realisation; returns its id. */
    public long add(CascadeTree tree, String indicatorKey, ReportingPeriod period, String fileName, String contentType, long size,
                    String sha256, String actor, Instant at) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        insert into evidence_file (agency_id, tree_id, indicator_key, year, period, file_name, content_type,
                                                   size_bytes, sha256, uploaded_by, uploaded_at)
                        select t.agency_id, t.id, :indicator, :year, :period, :fileName, :contentType, :size, :sha256,
                               :actor, :at
                        from cascade_tree t where t.id = :tree and t.agency_id = :agency
                        returning id""")
                .bind("tree", tree.id).bind("agency", tree.agencyId).bind("indicator", indicatorKey).bind("year", period.year())
                .bind("period", period.code()).bind("fileName", fileName).bind("contentType", contentType)
                .bind("size", size).bind("sha256", sha256).bind("actor", actor).bind("at", at)
                .mapTo(Long.class).one());
    }

    public List<EvidenceView> list(CascadeTree tree, String indicatorKey, ReportingPeriod period) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + COLUMNS + " from evidence_file where "
                        + OF_REALISATION + " order by id")
                .bind("tree", tree.id).bind("agency", tree.agencyId).bind("indicator", indicatorKey).bind("year", period.year())
                .bind("period", period.code()).map(EVIDENCE).list());
    }

    public Optional<EvidenceView> find(CascadeTree tree, String indicatorKey, ReportingPeriod period, long id) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + COLUMNS + " from evidence_file where "
                        + OF_REALISATION + " and id = :id")
                .bind("tree", tree.id).bind("agency", tree.agencyId).bind("indicator", indicatorKey).bind("year", period.year())
                .bind("period", period.code()).bind("id", id).map(EVIDENCE).findOne());
    }

    public void delete(CascadeTree tree, long id) {
        jdbi.useHandle(handle -> handle.createUpdate("delete from evidence_file where id = :id and agency_id = :agency")
                .bind("id", id).bind("agency", tree.agencyId).execute());
    }
}
