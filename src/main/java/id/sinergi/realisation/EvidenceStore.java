package id.sinergi.realisation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Records of evidence files in SQL; runs inside the caller's transaction. */
@ApplicationScoped
public class EvidenceStore {

    private static final String COLUMNS = "id, file_name, content_type, size_bytes as size, sha256, uploaded_by, uploaded_at";
    private static final String OF_REALISATION = "tree_id = :tree and indicator_key = :indicator and year = :year and period = :period";
    private static final RowMapper<EvidenceView> EVIDENCE = ConstructorMapper.of(EvidenceView.class);

    @Inject
    Jdbi jdbi;

    /** Records an evidence file of a realisation; returns its id. */
    public long add(long treeId, String indicatorKey, ReportingPeriod period, String fileName, String contentType, long size,
                    String sha256, String actor, Instant at) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        insert into evidence_file (agency_id, tree_id, indicator_key, year, period, file_name, content_type,
                                                   size_bytes, sha256, uploaded_by, uploaded_at)
                        select t.agency_id, t.id, :indicator, :year, :period, :fileName, :contentType, :size, :sha256,
                               :actor, :at
                        from cascade_tree t where t.id = :tree
                        returning id""")
                .bind("tree", treeId).bind("indicator", indicatorKey).bind("year", period.year())
                .bind("period", period.code()).bind("fileName", fileName).bind("contentType", contentType)
                .bind("size", size).bind("sha256", sha256).bind("actor", actor).bind("at", at)
                .mapTo(Long.class).one());
    }

    public List<EvidenceView> list(long treeId, String indicatorKey, ReportingPeriod period) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + COLUMNS + " from evidence_file where "
                        + OF_REALISATION + " order by id")
                .bind("tree", treeId).bind("indicator", indicatorKey).bind("year", period.year())
                .bind("period", period.code()).map(EVIDENCE).list());
    }

    public Optional<EvidenceView> find(long treeId, String indicatorKey, ReportingPeriod period, long id) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + COLUMNS + " from evidence_file where "
                        + OF_REALISATION + " and id = :id")
                .bind("tree", treeId).bind("indicator", indicatorKey).bind("year", period.year())
                .bind("period", period.code()).bind("id", id).map(EVIDENCE).findOne());
    }

    public void delete(long id) {
        jdbi.useHandle(handle -> handle.createUpdate("delete from evidence_file where id = :id").bind("id", id).execute());
    }
}
