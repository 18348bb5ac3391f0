package id.sinergi.realisation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.problem.Text;
import id.sinergi.cascade.CascadeService;
import id.sinergi.cascade.CascadeTree;
import id.sinergi.problem.BodyLimits;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.problem.Violation;
import id.sinergi.security.Caller;

/**
 * Evidence files (bukti dukung) of a realisation: uploaded and removed by the agency's planners while the
 * figure may change (DRAFT or RETURNED, period open), read by everyone who reads the tree.
 */
@ApplicationScoped
public class EvidenceService {

    /** The most files one realisation keeps. */
    static final int MAX_FILES = 20;

    public record File(EvidenceView evidence, byte[] content) {
    }

    @Inject
    CascadeService cascades;

    @Inject
    RealisationStore realisations;

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceStorage storage;

    @Inject
    LockService locks;

    @Inject
    Caller caller;

    /**
     * Stores an evidence file. The content is read before (see {@link #read}): a slow upload must not hold the
     * tree's lock while it trickles in.
     */
    @Transactional
    public EvidenceView upload(String agencyCode, String periodCode, String indicatorKey, String reportingPeriod,
                               String fileName, String contentType, byte[] content) {
        CascadeTree tree = cascades.treeToChange(agencyCode, periodCode);
        ReportingPeriod period = RealisationService.periodOf(tree.period, reportingPeriod);
        requireChangeable(tree, indicatorKey, period);
        if (store.list(tree, indicatorKey, period).size() >= MAX_FILES) {
            throw new ProblemException(ProblemType.CONFLICT, Text.of("evidence.detail", period, MAX_FILES));
        }
        EvidenceTypes.mismatch(contentType, content).ifPresent(reason -> {
            throw ProblemException.invalid(Violation.at("", "CONTENT_NOT_OF_TYPE", reason));
        });
        String sha256 = sha256(content);
        Instant now = Instant.now();
        long id = store.add(tree, indicatorKey, period, fileName, contentType, content.length, sha256, caller.name(), now);
        storage.put(tree.agencyId, id, content);
        return new EvidenceView(id, fileName, contentType, content.length, sha256, caller.name(), now);
    }

    @Transactional
    public List<EvidenceView> list(String agencyCode, String periodCode, String indicatorKey, String reportingPeriod) {
        CascadeTree tree = cascades.tree(agencyCode, periodCode);
        ReportingPeriod period = RealisationService.periodOf(tree.period, reportingPeriod);
        requireRealisation(tree, indicatorKey, period);
        return store.list(tree, indicatorKey, period);
    }

    @Transactional
    public File download(String agencyCode, String periodCode, String indicatorKey, String reportingPeriod, long id) {
        CascadeTree tree = cascades.tree(agencyCode, periodCode);
        ReportingPeriod period = RealisationService.periodOf(tree.period, reportingPeriod);
        EvidenceView evidence = requireEvidence(tree, indicatorKey, period, id);
        return new File(evidence, storage.get(tree.agencyId, id).orElseThrow(() -> new IllegalStateException(
                "Evidence " + id + " has a record but no content")));
    }

    @Transactional
    public void delete(String agencyCode, String periodCode, String indicatorKey, String reportingPeriod, long id) {
        CascadeTree tree = cascades.treeToChange(agencyCode, periodCode);
        ReportingPeriod period = RealisationService.periodOf(tree.period, reportingPeriod);
        requireEvidence(tree, indicatorKey, period, id);
        requireChangeable(tree, indicatorKey, period);
        storage.delete(tree.agencyId, id);
        store.delete(tree, id);
    }

    private RealisationView requireRealisation(CascadeTree tree, String indicatorKey, ReportingPeriod period) {
        return realisations.find(tree, indicatorKey, period).orElseThrow(() -> ProblemException.notFound(
                Text.of("evidence.not-found", indicatorKey, period)));
    }

    /** The evidence of a realisation changes only while its figure may (DRAFT or RETURNED) and its period is open (409). */
    private void requireChangeable(CascadeTree tree, String indicatorKey, ReportingPeriod period) {
        RealisationView realisation = requireRealisation(tree, indicatorKey, period);
        if (!realisation.status().editable()) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION,
                    Text.of("evidence.detail-2", period, realisation.status()));
        }
        locks.requireOpen(tree.period, period);
    }

    private EvidenceView requireEvidence(CascadeTree tree, String indicatorKey, ReportingPeriod period, long id) {
        return store.find(tree, indicatorKey, period, id).orElseThrow(() -> ProblemException.notFound(
                Text.of("evidence.not-found-2", period, indicatorKey, id)));
    }

    /** The body, refused with 413 the moment it passes the evidence limit (the body limit bounds it before that). */
    static byte[] read(InputStream body, long limit) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                content.write(buffer, 0, n);
                if (content.size() > limit) {
                    throw tooLarge(limit);
                }
            }
        } catch (BodyLimits.TooLarge e) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage());
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, Text.of("evidence.detail-3", e.getMessage()));
        }
        if (content.size() == 0) {
            throw ProblemException.invalid(Violation.at("", "REQUIRED", Text.of("evidence.required")));
        }
        return content.toByteArray();
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("evidence.detail-4", limit));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
