package id.sinergi.realisation;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Realisations in SQL; runs inside the caller's transaction. */
@ApplicationScoped
public class RealisationStore {

    private static final String COLUMNS = "r.indicator_key as indicator, r.year, r.value, r.note, r.evidence_url, "
            + "r.reported_by, r.reported_at";
    private static final RowMapper<RealisationView> REALISATION = ConstructorMapper.of(RealisationView.class);

    @Inject
    Jdbi jdbi;

    /** Records a realisation, replacing the current figure and keeping every figure in the history; true if it is new. */
    public boolean put(long treeId, String indicatorKey, int year, RealisationRequest request, String actor, Instant at) {
        String sql = """
                with history as (
                    insert into realisation_history (tree_id, indicator_key, year, value, note, evidence_url, reported_by, reported_at)
                    values (:tree, :indicator, :year, :value, :note, :evidenceUrl, :actor, :at)
                )
                insert into realisation (tree_id, indicator_key, year, value, note, evidence_url, reported_by, reported_at)
                values (:tree, :indicator, :year, :value, :note, :evidenceUrl, :actor, :at)
                on conflict (tree_id, indicator_key, year) do update
                    set value = excluded.value, note = excluded.note, evidence_url = excluded.evidence_url,
                        reported_by = excluded.reported_by, reported_at = excluded.reported_at
                returning (xmax = 0)""";
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind("tree", treeId).bind("indicator", indicatorKey)
                .bind("year", year).bind("value", request.value()).bind("note", request.note())
                .bind("evidenceUrl", request.evidenceUrl()).bind("actor", actor).bind("at", at)
                .mapTo(Boolean.class).one());
    }

    /** Current realisations of one indicator, by year. */
    public List<RealisationView> ofIndicator(long treeId, String indicatorKey) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + COLUMNS + " from realisation r "
                        + "where r.tree_id = :tree and r.indicator_key = :indicator order by r.year")
                .bind("tree", treeId).bind("indicator", indicatorKey).map(REALISATION).list());
    }

    /** Every figure ever reported for one indicator and year, newest first. */
    public List<RealisationView> history(long treeId, String indicatorKey, int year) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + COLUMNS + " from realisation_history r "
                        + "where r.tree_id = :tree and r.indicator_key = :indicator and r.year = :year order by r.id desc")
                .bind("tree", treeId).bind("indicator", indicatorKey).bind("year", year).map(REALISATION).list());
    }

    /** Current realisations of every indicator that the given version carries. */
    public List<RealisationView> ofVersion(long treeId, long versionId) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + COLUMNS + " from realisation r "
                        + "join indicator i on i.version_id = :version and i.key = r.indicator_key "
                        + "where r.tree_id = :tree order by i.position, r.year")
                .bind("tree", treeId).bind("version", versionId).map(REALISATION).list());
    }

    /** Whether the version carries an indicator with this key. */
    public boolean versionHasIndicator(long versionId, String indicatorKey) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select exists (select 1 from indicator where version_id = :version and key = :indicator)")
                .bind("version", versionId).bind("indicator", indicatorKey).mapTo(Boolean.class).one());
    }

    /** Whether any version of the tree ever carried an indicator with this key. */
    public boolean treeHadIndicator(long treeId, String indicatorKey) {
        return jdbi.withHandle(handle -> handle.createQuery("select exists (select 1 from indicator i "
                        + "join tree_version v on v.id = i.version_id where v.tree_id = :tree and i.key = :indicator)")
                .bind("tree", treeId).bind("indicator", indicatorKey).mapTo(Boolean.class).one());
    }
}
