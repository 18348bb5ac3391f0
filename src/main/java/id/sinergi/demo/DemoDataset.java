package id.sinergi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyRequest;
import id.sinergi.agency.AgencyService;
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
                  List<Realisation> realisations, List<Link> links) {
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
    public record Loaded(String description, String period, int agencies, int trees, int realisations, int links) {
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

    /** Loads the dataset, or fails with 409 when its first agency is already registered. */
    @Transactional
    public Loaded load() {
        Bundle bundle = bundle();
        if (Agency.findByCode(bundle.agencies().get(0).code()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "The demo dataset is already loaded (agency '"
                    + bundle.agencies().get(0).code() + "' exists).");
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
        return new Loaded(bundle.description(), bundle.period().code(), bundle.agencies().size(), bundle.trees().size(),
                bundle.realisations().size(), bundle.links().size());
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
