package id.sinergi.realisation;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.cascade.CascadeService;
import id.sinergi.cascade.CascadeTree;
import id.sinergi.cascade.TreeVersion;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.problem.Violation;
import id.sinergi.scoring.ScoreStore;
import id.sinergi.security.Caller;

/**
 * Realisations (realisasi) belong to a tree and an indicator key, not to a version: they survive every
 * revision that keeps the key, and stay readable through the versions that carried a removed key.
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
    Caller caller;

    @Transactional
    public Recorded put(String agencyCode, String periodCode, String indicatorKey, int year, RealisationRequest request) {
        CascadeTree tree = cascades.treeForWrite(agencyCode, periodCode);
        caller.requireWriteAccess(tree.agency.code, tree.agency::isBelow);
        if (!tree.period.contains(year)) {
            throw new ProblemException(ProblemType.VALIDATION, "Year " + year + " is outside period " + tree.period.code + ".",
                    List.of(Violation.parameter("year", "YEAR_OUTSIDE_PERIOD", "year " + year + " is outside period "
                            + tree.period.code + " (" + tree.period.firstYear + "-" + tree.period.lastYear + ")")));
        }
        TreeVersion current = CascadeService.version(tree, tree.currentVersion);
        if (!store.versionHasIndicator(current.id, indicatorKey)) {
            throw ProblemException.notFound("The current version (" + tree.currentVersion + ") of the tree has no indicator '"
                    + indicatorKey + "'; realisations are reported against current indicators.");
        }
        Instant now = Instant.now();
        boolean created = store.put(tree.id, indicatorKey, year, request, caller.name(), now);
        scores.refresh(current.id, year);
        return new Recorded(new RealisationView(indicatorKey, year, request.value(), request.note(),
                request.evidenceUrl(), caller.name(), now), created);
    }

    @Transactional
    public List<RealisationView> ofIndicator(String agencyCode, String periodCode, String indicatorKey) {
        CascadeTree tree = requireIndicatorEverCarried(agencyCode, periodCode, indicatorKey);
        return store.ofIndicator(tree.id, indicatorKey);
    }

    @Transactional
    public List<RealisationView> history(String agencyCode, String periodCode, String indicatorKey, int year) {
        CascadeTree tree = requireIndicatorEverCarried(agencyCode, periodCode, indicatorKey);
        return store.history(tree.id, indicatorKey, year);
    }

    @Transactional
    public List<RealisationView> ofVersion(String agencyCode, String periodCode, Integer versionNumber) {
        CascadeTree tree = cascades.tree(agencyCode, periodCode);
        TreeVersion version = CascadeService.version(tree, versionNumber == null ? tree.currentVersion : versionNumber);
        return store.ofVersion(tree.id, version.id);
    }

    private CascadeTree requireIndicatorEverCarried(String agencyCode, String periodCode, String indicatorKey) {
        CascadeTree tree = cascades.tree(agencyCode, periodCode);
        if (!store.treeHadIndicator(tree.id, indicatorKey)) {
            throw ProblemException.notFound("No version of the tree has an indicator '" + indicatorKey + "'.");
        }
        return tree;
    }
}
