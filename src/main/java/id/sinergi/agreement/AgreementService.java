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
        CascadeTree tree = writable(agencyCode, periodCode, year);
        TreeVersion source = CascadeService.version(tree, request.treeVersion() == null ? tree.currentVersion
                : request.treeVersion());
        if (source.status != TreeStatus.FINAL) {
            throw new ProblemException(ProblemType.CONFLICT, "An agreement is drawn from a FINAL tree version; version "
                    + source.version + " is " + source.status + ". Finalize it, or name a FINAL version (treeVersion).");
        }
        Optional<AgreementStore.Header> latest = store.latest(tree.id, year);
        int number = latest.map(h -> h.status() == AgreementStatus.DRAFT ? h.version() : h.version() + 1).orElse(1);
        ViolationList violations = new ViolationList();
        if (number > 1 && (request.reason() == null || request.reason().isBlank())) {
            violations.add(0, Violation.at("/reason", "REASON_REQUIRED", "version " + (number - 1)
                    + " is signed: an amendment (perubahan) says why"));
        } else if (number == 1 && request.reason() != null) {
            violations.add(0, Violation.at("/reason", "REASON_NOT_ALLOWED",
                    "the first version of an agreement amends nothing: leave reason out"));
        }
        Long superior = superior(tree, year, request.superior(), violations);
        store.missingTargets(source.id, year).forEach(missing -> violations.add(2, Violation.at("/treeVersion",
                "AGREED_TARGET_MISSING", "indicator " + Violation.quote(missing.indicatorKey()) + " of node "
                        + Violation.quote(missing.nodeKey()) + " has no target for " + year + " in tree version "
                        + source.version)));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("The agreement cannot be drawn: " + violations.total() + " problem(s).",
                    violations);
        }
        latest.filter(h -> h.status() == AgreementStatus.DRAFT).ifPresent(draft -> store.deleteDraft(draft.id()));
        int agreed = store.draw(tree.id, year, number, source.id, request, superior, caller.name(), Instant.now());
        if (agreed == 0) {
            throw ProblemException.invalid(Violation.at("/treeVersion", "NOTHING_TO_AGREE", "tree version "
                    + source.version + " has no sasaran (TARGET) or programme indicator to agree on"));
        }
        return document(tree, store.version(tree.id, year, number).orElseThrow());
    }

    /** Signs the draft: it becomes the agreement in force and never changes again. */
    @Transactional
    public AgreementView sign(String agencyCode, String periodCode, int year) {
        CascadeTree tree = writable(agencyCode, periodCode, year);
        AgreementStore.Header latest = store.latest(tree.id, year).orElseThrow(() -> noAgreement(tree, year));
        if (latest.status() != AgreementStatus.DRAFT) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION, "Version " + latest.version()
                    + " is signed already and never changes; draw an amendment to change the agreement.");
        }
        store.sign(latest.id(), caller.name(), Instant.now());
        return document(tree, store.version(tree.id, year, latest.version()).orElseThrow());
    }

    /** A version of the year's agreement, by default the one in force. */
    @Transactional
    public AgreementView read(String agencyCode, String periodCode, int year, Integer version) {
        CascadeTree tree = readable(agencyCode, periodCode, year);
        return document(tree, header(tree, year, version));
    }

    @Transactional
    public List<AgreementView> versions(String agencyCode, String periodCode, int year) {
        CascadeTree tree = readable(agencyCode, periodCode, year);
        return store.versions(tree.id, year, tree.agency.code, tree.period.code);
    }

    /** Replaces the action plan of the agreement in force. */
    @Transactional
    public ActionPlanView plan(String agencyCode, String periodCode, int year, ActionPlanRequest plan) {
        CascadeTree tree = writable(agencyCode, periodCode, year);
        AgreementStore.Header agreement = store.inForce(tree.id, year).orElseThrow(() -> new ProblemException(
                ProblemType.CONFLICT, "The action plan breaks down the signed agreement; " + tree.agency.code
                        + " has no signed agreement for " + year + " yet."));
        ViolationList violations = ActionPlanRules.check(plan, plans.agreed(agreement.id()), plans.activities(agreement.id()));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("The action plan breaks " + violations.total() + " rule(s); nothing was stored.",
                    violations);
        }
        plans.replace(agreement.id(), plan, caller.name(), Instant.now());
        return plans.document(agreement, tree.agency.code, tree.period.code).orElseThrow();
    }

    /** The action plan of a version of the agreement, by default the one in force. */
    @Transactional
    public ActionPlanView readPlan(String agencyCode, String periodCode, int year, Integer version) {
        CascadeTree tree = readable(agencyCode, periodCode, year);
        AgreementStore.Header agreement = header(tree, year, version);
        return plans.document(agreement, tree.agency.code, tree.period.code).orElseThrow(() -> ProblemException.notFound(
                "Version " + agreement.version() + " of the " + year + " agreement of " + tree.agency.code
                        + " has no action plan."));
    }

    private Long superior(CascadeTree tree, int year, String code, ViolationList violations) {
        if (code == null) {
            return null;
        }
        if (code.equals(tree.agency.code)) {
            violations.add(1, Violation.at("/superior", "SUPERIOR_IS_SELF", "an agreement cascades from another agency's"));
            return null;
        }
        Optional<AgreementStore.Header> agreement = Agency.findByCode(code)
                .flatMap(agency -> CascadeTree.find(agency, tree.period))
                .flatMap(superiorTree -> store.inForce(superiorTree.id, year));
        if (agreement.isEmpty()) {
            violations.add(1, Violation.at("/superior", "SUPERIOR_AGREEMENT_MISSING", "agency " + Violation.quote(code)
                    + " has no signed agreement for " + year + " in " + tree.period.code));
            return null;
        }
        return agreement.get().id();
    }

    private AgreementStore.Header header(CascadeTree tree, int year, Integer version) {
        if (version == null) {
            return store.inForce(tree.id, year).orElseThrow(() -> {
                Optional<AgreementStore.Header> draft = store.latest(tree.id, year);
                return draft.isEmpty() ? noAgreement(tree, year) : ProblemException.notFound(tree.agency.code
                        + " has signed no agreement for " + year + " yet; the draft is version " + draft.get().version()
                        + " (?version=" + draft.get().version() + ").");
            });
        }
        return store.version(tree.id, year, version).orElseThrow(() -> ProblemException.notFound("The " + year
                + " agreement of " + tree.agency.code + " has no version " + version + "."));
    }

    private AgreementView document(CascadeTree tree, AgreementStore.Header header) {
        return store.document(header, tree.agency.code, tree.period.code);
    }

    private static ProblemException noAgreement(CascadeTree tree, int year) {
        return ProblemException.notFound(tree.agency.code + " has no agreement for " + year + " in " + tree.period.code
                + ".");
    }

    private CascadeTree writable(String agencyCode, String periodCode, int year) {
        CascadeTree tree = cascades.treeToChange(agencyCode, periodCode);
        tree.period.requireContains(year);
        return tree;
    }

    private CascadeTree readable(String agencyCode, String periodCode, int year) {
        CascadeTree tree = cascades.tree(agencyCode, periodCode);
        tree.period.requireContains(year);
        return tree;
    }
}
