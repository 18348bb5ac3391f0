package id.sinergi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.problem.Text;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyRequest;
import id.sinergi.agency.AgencyService;
import id.sinergi.agreement.ActionPlanRequest;
import id.sinergi.agreement.AgreementRequest;
import id.sinergi.agreement.AgreementService;
import id.sinergi.budget.BudgetRequest;
import id.sinergi.budget.BudgetService;
import id.sinergi.cascade.CascadeService;
import id.sinergi.cascade.TreeSubmission;
import id.sinergi.cascade.VersionTag;
import id.sinergi.crosscut.LinkRequest;
import id.sinergi.crosscut.LinkService;
import id.sinergi.crosscut.LinkView;
import id.sinergi.period.PeriodRequest;
import id.sinergi.period.PeriodService;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.realisation.RealisationRequest;
import id.sinergi.realisation.RealisationService;
import id.sinergi.realisation.RealisationStatus;
import id.sinergi.realisation.StatusChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The demo dataset (src/main/resources/demo/dataset.json): the Whole-of-Government cases of the seed
 * texts as agencies, trees, realisations and links. Loaded through the same services, and so the same
 * rules, as any client's data, in one transaction.
 */
@ApplicationScoped
public class DemoDataset {

    static final String RESOURCE = "/demo/dataset.json";

    record Bundle(String description, PeriodRequest period, List<AgencyRequest> agencies, List<Tree> trees,
                  List<Realisation> realisations, List<Link> links, List<Budget> budgets, List<Agreement> agreements) {
    }

    /** A tree's budget for a year. */
    record Budget(String agency, int year, List<BudgetRequest.Line> lines) {
    }

    /**
     * A signed agreement: drawn from the tree made FINAL, then amended when an amendment is given (the budget
     * revised, the tree submitted again as it is and made FINAL, the amendment drawn from it and signed), and
     * its action plan set.
     */
    record Agreement(String agency, int year, AgreementRequest request, Amendment amendment, ActionPlanRequest actionPlan) {
    }

    record Amendment(List<BudgetRequest.Line> budget, AgreementRequest request) {
    }

    record Tree(String agency, List<TreeSubmission.Node> nodes) {
    }

    /** A realisation and how far its verification got (status absent: a DRAFT). */
    record Realisation(String agency, String indicator, String period, BigDecimal value, String label, String note,
                       String supportingFactors, String hinderingFactors, String improvementSteps,
                       RealisationStatus status, String reviewNote) {
    }

    /** Who verifies and returns the dataset's realisations. */
    static final String VERIFIER = "inspektorat.demo";

    record Link(LinkRequest proposal, String then, String reason) {
    }

    @Schema(name = "DemoDatasetLoaded", description = "What the demo dataset added")
    public record Loaded(String description, String period, int agencies, int trees, int realisations, int links,
                         int budgets, int agreements) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    AgencyService agencies;

    @Inject
    PeriodService periods;

    @Inject
    CascadeService cascades;

    @Inject
    RealisationService realisations;

    @Inject
    LinkService links;

    @Inject
    BudgetService budgets;

    @Inject
    AgreementService agreements;

    /** Loads the dataset, or fails with 409 when its first agency is already registered. */
    @Transactional
    public Loaded load() {
        Bundle bundle = bundle();
        if (Agency.findByCode(bundle.agencies().get(0).code()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    Text.of("demo-dataset.detail", bundle.agencies().get(0).code()));
        }
        periods.create(bundle.period(), null);
        bundle.agencies().forEach(agency -> agencies.create(agency, null));
        for (Tree tree : bundle.trees()) {
            cascades.submitTree(tree.agency(), bundle.period().code(), new TreeSubmission(tree.nodes()), new VersionTag(null));
        }
        for (Realisation r : bundle.realisations()) {
            realisation(bundle.period().code(), r);
        }
        for (Link link : bundle.links()) {
            LinkView proposed = links.propose(link.proposal(), null).value();
            if ("ACCEPT".equals(link.then())) {
                links.accept(proposed.id());
            } else if ("REJECT".equals(link.then())) {
                links.reject(proposed.id(), link.reason());
            } else if ("WITHDRAW".equals(link.then())) {
                links.withdraw(proposed.id(), link.reason());
            }
        }
        String period = bundle.period().code();
        bundle.budgets().forEach(b -> budgets.replace(b.agency(), period, b.year(), new BudgetRequest(b.lines())));
        for (Agreement agreement : bundle.agreements()) {
            agree(bundle, agreement);
        }
        return new Loaded(bundle.description(), period, bundle.agencies().size(), bundle.trees().size(),
                bundle.realisations().size(), bundle.links().size(), bundle.budgets().size(), bundle.agreements().size());
    }

    private void agree(Bundle bundle, Agreement agreement) {
        String period = bundle.period().code();
        makeFinal(agreement.agency(), period);
        agreements.draw(agreement.agency(), period, agreement.year(), agreement.request());
        agreements.sign(agreement.agency(), period, agreement.year());
        if (agreement.amendment() != null) {
            budgets.replace(agreement.agency(), period, agreement.year(), new BudgetRequest(agreement.amendment().budget()));
            Tree tree = bundle.trees().stream().filter(t -> t.agency().equals(agreement.agency())).findFirst().orElseThrow();
            cascades.submitTree(tree.agency(), period, new TreeSubmission(tree.nodes()), new VersionTag("*"));
            makeFinal(agreement.agency(), period);
            agreements.draw(agreement.agency(), period, agreement.year(), agreement.amendment().request());
            agreements.sign(agreement.agency(), period, agreement.year());
        }
        agreements.plan(agreement.agency(), period, agreement.year(), agreement.actionPlan());
    }

    private void makeFinal(String agency, String period) {
        cascades.submitForReview(agency, period, new VersionTag("*"));
        cascades.finalizeTree(agency, period, new VersionTag("*"));
    }

    private void realisation(String period, Realisation r) {
        realisations.put(r.agency(), period, r.indicator(), r.period(), new RealisationRequest(r.value(), r.label(), r.note(),
                null, r.supportingFactors(), r.hinderingFactors(), r.improvementSteps()));
        if (r.status() == null) {
            return;
        }
        realisations.changeStatus(r.agency(), period, r.indicator(), r.period(),
                new StatusChange(RealisationStatus.SUBMITTED, null));
        if (r.status() != RealisationStatus.SUBMITTED) {
            realisations.reviewAs(VERIFIER, r.agency(), period, r.indicator(), r.period(),
                    new StatusChange(r.status(), r.reviewNote()));
        }
    }

    private Bundle bundle() {
        try (InputStream in = DemoDataset.class.getResourceAsStream(RESOURCE)) {
            return json.readValue(in, Bundle.class);
        } catch (IOException e) {
            throw new IllegalStateException("The demo dataset " + RESOURCE + " cannot be read", e);
        }
    }
}
