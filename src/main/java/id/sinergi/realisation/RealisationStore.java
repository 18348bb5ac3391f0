package id.sinergi.realisation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.sinergi.cascade.Accumulation;
import id.sinergi.cascade.CascadeTree;
import id.sinergi.cascade.Polarity;
import id.sinergi.cascade.Reporting;
import id.sinergi.cascade.TreeVersion;
import id.sinergi.config.Bands;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Realisations in SQL; runs inside the caller's transaction. */
@ApplicationScoped
public class RealisationStore {

    private static final String COLUMNS = "r.indicator_key as indicator, r.year, r.period, r.value, r.label, "
            + "r.note, r.evidence_url, r.supporting_factors, r.hindering_factors, r.improvement_steps, r.reported_by, r.reported_at";
    private static final String CURRENT = COLUMNS + ", r.status, r.review_note, r.reviewed_by, r.reviewed_at";
    private static final String HISTORY = COLUMNS + ", null as status, null as review_note, null as reviewed_by, "
            + "null::timestamptz as reviewed_at";
    private static final RowMapper<RealisationView> REALISATION = ConstructorMapper.of(RealisationView.class);

    /** How an indicator of a version is reported and measured. */
    public record Measure(Reporting reporting, Accumulation accumulation, Polarity polarity, String unit) {
    }

    @Inject
    Jdbi jdbi;

    /**
     * Records a realisation as a DRAFT, replacing the current figure of its period and keeping every figure
     * in the history; true if it is new.
     */
    public boolean put(CascadeTree tree, String indicatorKey, ReportingPeriod period, BigDecimal value, RealisationRequest request,
                       String actor, Instant at) {
        String sql = """
                with history as (
                    insert into realisation_history (agency_id, tree_id, indicator_key, year, period, value, label, note,
                                                     evidence_url, supporting_factors, hindering_factors,
                                                     improvement_steps, reported_by, reported_at)
                    select t.agency_id, t.id, :indicator, :year, :period, :value, :label, :note, :evidenceUrl, :supporting,
                           :hindering, :steps, :actor, :at
                    from cascade_tree t where t.id = :tree and t.agency_id = :agency
                )
                insert into realisation (agency_id, tree_id, indicator_key, year, period, value, label, note, evidence_url,
                                         supporting_factors, hindering_factors, improvement_steps, status, reported_by,
                                         reported_at)
                select t.agency_id, t.id, :indicator, :year, :period, :value, :label, :note, :evidenceUrl, :supporting,
                       :hindering, :steps, 'DRAFT', :actor, :at
                from cascade_tree t where t.id = :tree and t.agency_id = :agency
                on conflict (tree_id, indicator_key, year, period, agency_id) do update
                    set value = excluded.value, label = excluded.label, note = excluded.note,
                        evidence_url = excluded.evidence_url, supporting_factors = excluded.supporting_factors,
                        hindering_factors = excluded.hindering_factors, improvement_steps = excluded.improvement_steps,
                        status = 'DRAFT', reported_by = excluded.reported_by, reported_at = excluded.reported_at
                returning (xmax = 0)""";
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind("tree", tree.id).bind("agency", tree.agencyId)
                .bind("indicator", indicatorKey)
                .bind("year", period.year()).bind("period", period.code())
                .bind("value", value).bind("label", request.label()).bind("note", request.note())
                .bind("evidenceUrl", request.evidenceUrl()).bind("supporting", request.supportingFactors())
                .bind("hindering", request.hinderingFactors()).bind("steps", request.improvementSteps())
                .bind("actor", actor).bind("at", at)
                .mapTo(Boolean.class).one());
    }

    /** The current realisation of a period, if any. */
    public Optional<RealisationView> find(CascadeTree tree, String indicatorKey, ReportingPeriod period) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + CURRENT + " from realisation r "
                        + "where r.tree_id = :tree and r.agency_id = :agency and r.indicator_key = :indicator "
                        + "and r.year = :year and r.period = :period")
                .bind("tree", tree.id).bind("agency", tree.agencyId).bind("indicator", indicatorKey).bind("year", period.year())
                .bind("period", period.code()).map(REALISATION).findOne());
    }

    /** Moves a realisation to a new status with the reviewer's note, and records the transition. */
    public void changeStatus(CascadeTree tree, String indicatorKey, ReportingPeriod period, RealisationStatus from,
                             RealisationStatus to, String note, String actor, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update realisation set status = :to, review_note = :note, reviewed_by = :actor, reviewed_at = :at
                        where tree_id = :tree and agency_id = :agency and indicator_key = :indicator and year = :year
                          and period = :period""")
                .bind("tree", tree.id).bind("agency", tree.agencyId).bind("indicator", indicatorKey).bind("year", period.year())
                .bind("period", period.code()).bind("to", to.name()).bind("note", note)
                .bind("actor", actor).bind("at", at).execute());
        recordTransition(tree, indicatorKey, period, from, to, note, actor, at);
    }

    /** Records a change of status in the realisation's verification history. */
    public void recordTransition(CascadeTree tree, String indicatorKey, ReportingPeriod period, RealisationStatus from,
                                 RealisationStatus to, String note, String actor, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        insert into realisation_transition (agency_id, tree_id, indicator_key, year, period, from_status,
                                                            to_status, actor, at, note)
                        select t.agency_id, t.id, :indicator, :year, :period, :from, :to, :actor, :at, :note
                        from cascade_tree t where t.id = :tree and t.agency_id = :agency""")
                .bind("tree", tree.id).bind("agency", tree.agencyId).bind("indicator", indicatorKey).bind("year", period.year())
                .bind("period", period.code()).bind("from", from.name()).bind("to", to.name()).bind("note", note)
                .bind("actor", actor).bind("at", at).execute());
    }

    /** Every status change of a realisation, oldest first. */
    public List<StatusTransition> transitions(CascadeTree tree, String indicatorKey, ReportingPeriod period) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select from_status as "from", to_status as "to", actor, at, note
                        from realisation_transition
                        where tree_id = :tree and agency_id = :agency and indicator_key = :indicator and year = :year
                          and period = :period
                        order by id""")
                .bind("tree", tree.id).bind("agency", tree.agencyId).bind("indicator", indicatorKey).bind("year", period.year())
                .bind("period", period.code()).map(ConstructorMapper.of(StatusTransition.class)).list());
    }

    /** Current realisations of one indicator, by year and period. */
    public List<RealisationView> ofIndicator(CascadeTree tree, String indicatorKey) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + CURRENT + " from realisation r "
                        + "where r.tree_id = :tree and r.agency_id = :agency and r.indicator_key = :indicator "
                        + "order by r.year, r.end_month, r.period")
                .bind("tree", tree.id).bind("agency", tree.agencyId).bind("indicator", indicatorKey).map(REALISATION).list());
    }

    /** Every figure ever reported for one indicator and period, newest first. */
    public List<RealisationView> history(CascadeTree tree, String indicatorKey, ReportingPeriod period) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + HISTORY + " from realisation_history r "
                        + "where r.tree_id = :tree and r.agency_id = :agency and r.indicator_key = :indicator "
                        + "and r.year = :year and r.period = :period "
                        + "order by r.id desc")
                .bind("tree", tree.id).bind("agency", tree.agencyId).bind("indicator", indicatorKey).bind("year", period.year())
                .bind("period", period.code()).map(REALISATION).list());
    }

    /** Current realisations of every indicator that the given version carries. */
    public List<RealisationView> ofVersion(CascadeTree tree, TreeVersion version) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + CURRENT + " from realisation r "
                        + "join indicator i on i.version_id = :version and i.agency_id = r.agency_id and i.key = r.indicator_key "
                        + "where r.tree_id = :tree and r.agency_id = :agency order by i.position, r.year, r.end_month, r.period")
                .bind("tree", tree.id).bind("agency", tree.agencyId).bind("version", version.id).map(REALISATION).list());
    }

    /** How the version reports and measures an indicator; empty when it carries no such indicator. */
    public Optional<Measure> measure(TreeVersion version, String indicatorKey) {
        return jdbi.withHandle(handle -> handle.createQuery("select reporting, accumulation, polarity, unit from indicator "
                        + "where version_id = :version and agency_id = :agency and key = :indicator")
                .bind("version", version.id).bind("agency", version.agencyId).bind("indicator", indicatorKey)
                .map(ConstructorMapper.of(Measure.class)).findOne());
    }

    /** The score of a label of a QUALITATIVE indicator's scale; empty when the scale has no such label. */
    public Optional<BigDecimal> score(TreeVersion version, String indicatorKey, String label) {
        return jdbi.withHandle(handle -> handle.createQuery("select score from indicator_scale "
                        + "where version_id = :version and agency_id = :agency and indicator_key = :indicator and label = :label")
                .bind("version", version.id).bind("agency", version.agencyId).bind("indicator", indicatorKey).bind("label", label)
                .mapTo(BigDecimal.class).findOne());
    }

    /** The labels of a QUALITATIVE indicator's scale, worst first. */
    public List<String> labels(TreeVersion version, String indicatorKey) {
        return jdbi.withHandle(handle -> handle.createQuery("select label from indicator_scale "
                        + "where version_id = :version and agency_id = :agency and indicator_key = :indicator order by position")
                .bind("version", version.id).bind("agency", version.agencyId).bind("indicator", indicatorKey)
                .mapTo(String.class).list());
    }

    /** The figures, targets and capaian to date of an indicator at the end of each quarter of a year. */
    public List<IndicatorFigures.Quarter> figures(CascadeTree tree, TreeVersion version, String indicatorKey, int year,
                                                 boolean verifiedOnly, BigDecimal cap, Bands bands) {
        String sql = """
                with figure as (
                    select q.quarter, i.polarity,
                           target_to_date(i.accumulation, q.quarter, t.value, qt.value, qt.quarter is not null) as target,
                           target_to_date(i.accumulation, q.quarter, t.min_value, qt.min_value, qt.quarter is not null) as min,
                           target_to_date(i.accumulation, q.quarter, t.max_value, qt.max_value, qt.quarter is not null) as max,
                           target_to_date(i.accumulation, q.quarter, t.label, qt.label, qt.quarter is not null)
                               as target_label,
                           target_source(i.accumulation, q.quarter, t.year is not null, qt.quarter is not null) as target_source,
                           r.value, latest.label, coalesce(r.periods, 0) as periods, r.latest_period,
                           r.explanation as derivation, coalesce(r.missing, periods_through(i.reporting, q.quarter)) as missing,
                           r.verified_value, coalesce(r.verified_periods, 0) as verified_periods,
                           r.verified_explanation as verified_derivation,
                           case when :verifiedOnly then r.verified_value else r.value end as counted
                    from indicator i
                    cross join generate_series(1, 4) q (quarter)
                    left join indicator_target t on t.version_id = i.version_id and t.agency_id = i.agency_id
                                                 and t.indicator_key = i.key and t.year = :year
                    left join indicator_quarter_target qt on qt.version_id = i.version_id and qt.agency_id = i.agency_id
                                                          and qt.indicator_key = i.key and qt.year = :year
                                                          and qt.quarter = q.quarter
                    left join realisation_to_date r on r.tree_id = :tree and r.agency_id = i.agency_id and r.indicator_key = i.key
                                                    and r.year = :year and r.quarter = q.quarter
                    left join realisation latest on latest.tree_id = :tree and latest.agency_id = i.agency_id
                                                 and latest.indicator_key = i.key and latest.year = :year
                                                 and latest.period = r.latest_period
                    where i.version_id = :version and i.agency_id = :agency and i.key = :indicator
                ), scored as (
                    select f.*, round(capaian(polarity, target, min, max, counted, :cap), 2) as capaian
                    from figure f
                )
                select quarter, target, min, max, target_label, target_source, value, label, periods, latest_period,
                       derivation, missing, verified_value, verified_periods, verified_derivation, capaian,
                       capaian_formula_to_date(polarity, target, min, max, counted, :cap, quarter) as formula,
                       """ + Bands.columns("capaian") + """

                from scored
                order by quarter""";
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery(sql).bind("tree", tree.id).bind("version", version.id).bind("agency", tree.agencyId)
                    .bind("indicator", indicatorKey).bind("year", year).bind("verifiedOnly", verifiedOnly).bind("cap", cap);
            bands.bind(query);
            return query.map(ConstructorMapper.of(IndicatorFigures.Quarter.class)).list();
        });
    }

    /** Re-derives the figures to date of one indicator and year (R__figures.sql). */
    public void deriveFigures(CascadeTree tree, String indicatorKey, int year) {
        jdbi.useHandle(handle -> handle.createCall("{call derive_figures(:agency, :tree, :indicator, :year)}")
                .bind("agency", tree.agencyId).bind("tree", tree.id).bind("indicator", indicatorKey).bind("year", year).invoke());
    }

    /** Whether any version of the tree ever carried an indicator with this key. */
    public boolean treeHadIndicator(CascadeTree tree, String indicatorKey) {
        return jdbi.withHandle(handle -> handle.createQuery("select exists (select 1 from indicator i "
                        + "join tree_version v on v.id = i.version_id and v.agency_id = i.agency_id "
                        + "where v.tree_id = :tree and v.agency_id = :agency and i.key = :indicator)")
                .bind("tree", tree.id).bind("agency", tree.agencyId).bind("indicator", indicatorKey).mapTo(Boolean.class).one());
    }
}
