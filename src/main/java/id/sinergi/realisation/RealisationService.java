package id.sinergi.realisation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.problem.Text;
import id.sinergi.cascade.Accumulation;
import id.sinergi.cascade.CascadeService;
import id.sinergi.cascade.CascadeTree;
import id.sinergi.cascade.TreeVersion;
import id.sinergi.config.SinergiConfig;
import id.sinergi.period.PlanningPeriod;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.problem.Violation;
import id.sinergi.scoring.ScoreStore;
import id.sinergi.security.Caller;

/**
 * Realisations (realisasi) belong to a tree and an indicator key, not to a version: they survive every
 * revision that keeps the key, and stay readable through the versions that carried a removed key. Each
 * covers one reporting period of a year; the figures to date follow from them (R__figures.sql).
 */
@ApplicationScoped
public class RealisationService {

    public record Recorded(RealisationView realisation, boolean created) {
    }

    @Inject
    ScoreStore scores;

    @Inject
    CascadeService cascades;

    @Inject
    RealisationStore store;

    @Inject
    LockService locks;

    @Inject
    Caller caller;

    @Inject
    SinergiConfig config;

    @Transactional
    public Recorded put(String agencyCode, String periodCode, String indicatorKey, String reportingPeriod,
                        RealisationRequest request) {
        CascadeTree tree = cascades.treeToChange(agencyCode, periodCode);
        ReportingPeriod period = periodOf(tree.period, reportingPeriod);
        TreeVersion current = CascadeService.version(tree, tree.currentVersion);
        RealisationStore.Measure measure = measure(tree, current, indicatorKey);
        if (!period.belongsTo(measure.reporting())) {
            throw ProblemException.invalid(Violation.parameter("reportingPeriod", "PERIOD_NOT_REPORTED",
                    Text.of("realisation.period-not-reported",
                            indicatorKey, measure.reporting(), ReportingPeriod.formsOf(measure.reporting(),
                    period.year()), period)));
        }
        BigDecimal value = value(current, indicatorKey, measure, request);
        locks.requireOpen(tree.period, period);
        Optional<RealisationView> existing = store.find(tree, indicatorKey, period);
        if (existing.isPresent() && !existing.get().status().editable()) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION,
                    Text.of("realisation.detail", period, existing.get().status()));
        }
        Instant now = Instant.now();
        boolean created = store.put(tree, indicatorKey, period, value, request, caller.name(), now);
        // A returned figure, corrected, is a draft again: the verification history says so.
        if (existing.isPresent() && existing.get().status() != RealisationStatus.DRAFT) {
            store.recordTransition(tree, indicatorKey, period, existing.get().status(), RealisationStatus.DRAFT,
                    "corrected", caller.name(), now);
        }
        store.deriveFigures(tree, indicatorKey, period.year());
        scores.request(tree.agencyId, tree.id, period.year());
        return new Recorded(store.find(tree, indicatorKey, period).orElseThrow(), created);
    }

    /** A QUALITATIVE indicator's realisation is a label of its scale, counting as its score; any other a value. */
    private BigDecimal value(TreeVersion version, String indicatorKey, RealisationStore.Measure measure,
                             RealisationRequest request) {
        if (measure.accumulation() != Accumulation.QUALITATIVE) {
            if (request.value() == null || request.label() != null) {
                throw ProblemException.invalid(Violation.at("/value", "VALUE_REQUIRED",
                        Text.of("realisation.value-required", indicatorKey)));
            }
            return request.value();
        }
        if (request.label() == null || request.value() != null) {
            throw ProblemException.invalid(Violation.at("/label", "LABEL_REQUIRED",
                    Text.of("realisation.label-required", indicatorKey, store.labels(version, indicatorKey))));
        }
        return store.score(version, indicatorKey, request.label()).orElseThrow(() -> ProblemException.invalid(
                Violation.at("/label", "LABEL_UNKNOWN",
                        Text.of("realisation.label-unknown",
                                Violation.quote(request.label()), store.labels(version, indicatorKey)))));
    }

    /**
     * Submits a realisation for verification (a planner of the agency), or verifies or returns it (a verifier
     * of the agency, not its reporter). A return needs a note.
     */
    @Transactional
    public RealisationView changeStatus(String agencyCode, String periodCode, String indicatorKey, String reportingPeriod,
                                        StatusChange change) {
        return changeStatus(agencyCode, periodCode, indicatorKey, reportingPeriod, change, (tree, realisation) -> {
            if (change.status() == RealisationStatus.SUBMITTED) {
                caller.requireWriteAccess(tree.agency.code, tree.agency::isBelow);
            } else {
                caller.requireVerifyAccess(tree.agency.code, tree.agency::isBelow, realisation.reportedBy());
            }
            return caller.name();
        });
    }

    /**
     * The demo dataset's verifications: the same transitions and rules, recorded under the verifier the dataset
     * names. The admin who loads the dataset vouches for it; no request reaches this.
     */
    @Transactional
    public RealisationView reviewAs(String verifier, String agencyCode, String periodCode, String indicatorKey,
                                    String reportingPeriod, StatusChange change) {
        return changeStatus(agencyCode, periodCode, indicatorKey, reportingPeriod, change, (tree, realisation) -> verifier);
    }

    /** Who makes a status change, once they are found allowed to (403 otherwise). */
    private interface Actor {
        String allowed(CascadeTree tree, RealisationView realisation);
    }

    private RealisationView changeStatus(String agencyCode, String periodCode, String indicatorKey, String reportingPeriod,
                                         StatusChange change, Actor actor) {
        CascadeTree tree = cascades.treeForWrite(agencyCode, periodCode);
        ReportingPeriod period = periodOf(tree.period, reportingPeriod);
        RealisationView realisation = store.find(tree, indicatorKey, period).orElseThrow(() -> ProblemException.notFound(
                Text.of("realisation.not-found", indicatorKey, period)));
        String name = actor.allowed(tree, realisation);
        if (change.status() == RealisationStatus.RETURNED && (change.note() == null || change.note().isBlank())) {
            throw ProblemException.invalid(Violation.at("/note", "REQUIRED", Text.of("realisation.required")));
        }
        if (!realisation.status().canMoveTo(change.status())) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION,
                    Text.of("realisation.detail-2", period, realisation.status(), change.status()));
        }
        if (change.status() == RealisationStatus.SUBMITTED) {
            locks.requireOpen(tree.period, period);
        }
        store.changeStatus(tree, indicatorKey, period, realisation.status(), change.status(), change.note(), name,
                Instant.now());
        // The verified figures to date change, and with them the scores kept from verified figures only.
        store.deriveFigures(tree, indicatorKey, period.year());
        scores.request(tree.agencyId, tree.id, period.year());
        return store.find(tree, indicatorKey, period).orElseThrow();
    }

    /** The figures, targets and capaian to date of an indicator of the current version, per quarter of a year. */
    @Transactional
    public IndicatorFigures figures(String agencyCode, String periodCode, String indicatorKey, int year, boolean verifiedOnly) {
        CascadeTree tree = cascades.tree(agencyCode, periodCode, year);
        TreeVersion current = CascadeService.version(tree, tree.currentVersion);
        RealisationStore.Measure measure = measure(tree, current, indicatorKey);
        return new IndicatorFigures(indicatorKey, year, measure.reporting(), measure.accumulation(), measure.polarity(),
                measure.unit(), verifiedOnly ? "VERIFIED" : "ALL", store.figures(tree, current, indicatorKey, year,
                verifiedOnly, config.achievement().cap(), config.achievement().bands()));
    }

    @Transactional
    public List<StatusTransition> transitions(String agencyCode, String periodCode, String indicatorKey,
                                              String reportingPeriod) {
        CascadeTree tree = requireIndicatorEverCarried(agencyCode, periodCode, indicatorKey);
        return store.transitions(tree, indicatorKey, periodOf(tree.period, reportingPeriod));
    }

    @Transactional
    public List<RealisationView> ofIndicator(String agencyCode, String periodCode, String indicatorKey) {
        CascadeTree tree = requireIndicatorEverCarried(agencyCode, periodCode, indicatorKey);
        return store.ofIndicator(tree, indicatorKey);
    }

    @Transactional
    public List<RealisationView> history(String agencyCode, String periodCode, String indicatorKey, String reportingPeriod) {
        CascadeTree tree = requireIndicatorEverCarried(agencyCode, periodCode, indicatorKey);
        return store.history(tree, indicatorKey, periodOf(tree.period, reportingPeriod));
    }

    @Transactional
    public List<RealisationView> ofVersion(String agencyCode, String periodCode, Integer versionNumber) {
        CascadeTree tree = cascades.tree(agencyCode, periodCode);
        TreeVersion version = CascadeService.version(tree, versionNumber == null ? tree.currentVersion : versionNumber);
        return store.ofVersion(tree, version);
    }

    /** The reporting period a path names, inside the planning period (422 otherwise). */
    static ReportingPeriod periodOf(PlanningPeriod planning, String text) {
        ReportingPeriod period = ReportingPeriod.parse(text);
        if (period == null) {
            throw ProblemException.invalid(Violation.parameter("reportingPeriod", "PERIOD_FORMAT",
                    Text.of("realisation.period-format", Violation.quote(text))));
        }
        planning.requireContains(period.year());
        return period;
    }

    /** How the current version reports and measures an indicator (404 when it carries none with the key). */
    private RealisationStore.Measure measure(CascadeTree tree, TreeVersion current, String indicatorKey) {
        return store.measure(current, indicatorKey).orElseThrow(() -> ProblemException.notFound(
                Text.of("realisation.not-found-2", tree.currentVersion, indicatorKey)));
    }

    CascadeTree requireIndicatorEverCarried(String agencyCode, String periodCode, String indicatorKey) {
        CascadeTree tree = cascades.tree(agencyCode, periodCode);
        if (!store.treeHadIndicator(tree, indicatorKey)) {
            throw ProblemException.notFound(Text.of("realisation.not-found-3", indicatorKey));
        }
        return tree;
    }
}
