package id.sinergi.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.agency.Agency;
import id.sinergi.cascade.CascadeService;
import id.sinergi.cascade.CascadeTree;
import id.sinergi.cascade.TreeStatus;
import id.sinergi.cascade.TreeVersion;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.Text;
import id.sinergi.problem.ProblemType;
import id.sinergi.problem.Violation;
import id.sinergi.problem.ViolationList;
import id.sinergi.security.Caller;

/**
 * Performance agreements (Perjanjian Kinerja) and their action plans (Rencana Aksi), per tree and year. An
 * agreement is drawn from a FINAL tree version and copied, so that what was signed stays as signed whatever
 * the tree becomes; an amendment is a new version with its reason; the year is measured against the highest
 * signed version (docs/domain.md, "Perjanjian Kinerja").
 */
@ApplicationScoped
public class AgreementService {

    @Inject
    CascadeService cascades;

    @Inject
    AgreementStore store;

    @Inject
    ActionPlanStore plans;

    @Inject
    Caller caller;

    /** Draws the year's agreement, an amendment of the signed one, or a draft again. */
    @Transactional
    public AgreementView draw(String agencyCode, String periodCode, int year, AgreementRequest request) {
        CascadeTree tree = cascades.treeToChange(agencyCode, periodCode, year);
        TreeVersion source = CascadeService.version(tree, request.treeVersion() == null ? tree.currentVersion
                : request.treeVersion());
        if (source.status != TreeStatus.FINAL) {
            throw new ProblemException(ProblemType.CONFLICT,
                    Text.of("agreement.detail", source.version, source.status));
        }
        Optional<AgreementStore.Header> latest = store.latest(tree, year);
        int number = latest.map(h -> h.status() == AgreementStatus.DRAFT ? h.version() : h.version() + 1).orElse(1);
        ViolationList violations = new ViolationList();
        if (number > 1 && (request.reason() == null || request.reason().isBlank())) {
            violations.add(0, Violation.at("/reason", "REASON_REQUIRED",
                    Text.of("agreement.reason-required", (number - 1))));
        } else if (number == 1 && request.reason() != null) {
            violations.add(0, Violation.at("/reason", "REASON_NOT_ALLOWED",
                    Text.of("agreement.reason-not-allowed")));
        }
        Long superior = superior(tree, year, request.superior(), violations);
        store.missingTargets(source, year).forEach(missing -> violations.add(2, Violation.at("/treeVersion",
                "AGREED_TARGET_MISSING",
                        Text.of("agreement.agreed-target-missing",
                                Violation.quote(missing.indicatorKey()), Violation.quote(missing.nodeKey()), year, source.version))));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(Text.of("agreement.detail-2", violations.total()),
                    violations);
        }
        latest.filter(h -> h.status() == AgreementStatus.DRAFT).ifPresent(store::deleteDraft);
        int agreed = store.draw(tree, year, number, source.id, request, superior, caller.name(), Instant.now());
        if (agreed == 0) {
            throw ProblemException.invalid(Violation.at("/treeVersion", "NOTHING_TO_AGREE",
                    Text.of("agreement.nothing-to-agree", source.version)));
        }
        return document(tree, store.version(tree, year, number).orElseThrow());
    }

    /** Signs the draft: it becomes the agreement in force and never changes again. */
    @Transactional
    public AgreementView sign(String agencyCode, String periodCode, int year) {
        CascadeTree tree = cascades.treeToChange(agencyCode, periodCode, year);
        AgreementStore.Header latest = store.latest(tree, year).orElseThrow(() -> noAgreement(tree, year));
        if (latest.status() != AgreementStatus.DRAFT) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION, Text.of("agreement.detail-3", latest.version()));
        }
        store.sign(latest, caller.name(), Instant.now());
        return document(tree, store.version(tree, year, latest.version()).orElseThrow());
    }

    /** A version of the year's agreement, by default the one in force. */
    @Transactional
    public AgreementView read(String agencyCode, String periodCode, int year, Integer version) {
        CascadeTree tree = cascades.tree(agencyCode, periodCode, year);
        return document(tree, header(tree, year, version));
    }

    @Transactional
    public List<AgreementView> versions(String agencyCode, String periodCode, int year) {
        CascadeTree tree = cascades.tree(agencyCode, periodCode, year);
        return store.versions(tree, year);
    }

    /** Replaces the action plan of the agreement in force. */
    @Transactional
    public ActionPlanView plan(String agencyCode, String periodCode, int year, ActionPlanRequest plan) {
        CascadeTree tree = cascades.treeToChange(agencyCode, periodCode, year);
        AgreementStore.Header agreement = store.inForce(tree, year).orElseThrow(() -> new ProblemException(
                ProblemType.CONFLICT, Text.of("agreement.detail-4", tree.agency.code, year)));
        ViolationList violations = ActionPlanRules.check(plan, plans.agreed(agreement), plans.activities(agreement));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(Text.of("plan.rejected", violations.total()), violations);
        }
        plans.replace(agreement, plan, caller.name(), Instant.now());
        return plans.document(agreement, tree.agency.code, tree.period.code).orElseThrow();
    }

    /** The action plan of a version of the agreement, by default the one in force. */
    @Transactional
    public ActionPlanView readPlan(String agencyCode, String periodCode, int year, Integer version) {
        CascadeTree tree = cascades.tree(agencyCode, periodCode, year);
        AgreementStore.Header agreement = header(tree, year, version);
        return plans.document(agreement, tree.agency.code, tree.period.code).orElseThrow(() -> ProblemException.notFound(
                Text.of("agreement.not-found", agreement.version(), year, tree.agency.code)));
    }

    private Long superior(CascadeTree tree, int year, String code, ViolationList violations) {
        if (code == null) {
            return null;
        }
        if (code.equals(tree.agency.code)) {
            violations.add(1, Violation.at("/superior", "SUPERIOR_IS_SELF", Text.of("agreement.superior-is-self")));
            return null;
        }
        Optional<AgreementStore.Header> agreement = Agency.findByCode(code)
                .flatMap(agency -> CascadeTree.find(agency, tree.period))
                .flatMap(superiorTree -> store.inForce(superiorTree, year));
        if (agreement.isEmpty()) {
            violations.add(1, Violation.at("/superior", "SUPERIOR_AGREEMENT_MISSING",
                    Text.of("agreement.superior-agreement-missing", Violation.quote(code), year, tree.period.code)));
            return null;
        }
        return agreement.get().id();
    }

    private AgreementStore.Header header(CascadeTree tree, int year, Integer version) {
        if (version == null) {
            return store.inForce(tree, year).orElseThrow(() -> {
                Optional<AgreementStore.Header> draft = store.latest(tree, year);
                return draft.isEmpty() ? noAgreement(tree, year) : ProblemException.notFound(
                        Text.of("agreement.not-found-2",
                                tree.agency.code, year, draft.get().version(), draft.get().version()));
            });
        }
        return store.version(tree, year, version).orElseThrow(() -> ProblemException.notFound(
                Text.of("agreement.not-found-3", year, tree.agency.code, version)));
    }

    private AgreementView document(CascadeTree tree, AgreementStore.Header header) {
        return store.document(header, tree.agency.code, tree.period.code);
    }

    private static ProblemException noAgreement(CascadeTree tree, int year) {
        return ProblemException.notFound(Text.of("agreement.not-found-4", tree.agency.code, year, tree.period.code));
    }
}
