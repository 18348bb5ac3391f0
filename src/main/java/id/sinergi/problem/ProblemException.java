package id.sinergi.problem;

import java.util.List;

/** Thrown by services to answer with a problem document; the transaction rolls back. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Violation> violations;
    private final long omittedViolations;
    private final Text detailText;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Violation> violations) {
        this(type, detail, violations, 0);
    }

    private ProblemException(ProblemType type, String detail, List<Violation> violations, long omittedViolations) {
        this(type, detail, null, violations, omittedViolations);
    }

    private ProblemException(ProblemType type, String detail, Text detailText, List<Violation> violations,
                             long omittedViolations) {
        super(detail);
        this.type = type;
        this.detailText = detailText;
        this.violations = List.copyOf(violations);
        this.omittedViolations = omittedViolations;
    }

    /** A problem whose detail is told in the client's language. */
    public ProblemException(ProblemType type, Text detail, List<Violation> violations) {
        this(type, detail.english(), detail, violations, 0);
    }

    public ProblemException(ProblemType type, Text detail) {
        this(type, detail, List.of());
    }

    public static ProblemException notFound(Text detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException invalid(Text detail, List<Violation> violations) {
        return new ProblemException(ProblemType.VALIDATION, detail, violations);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException invalid(String detail, List<Violation> violations) {
        return new ProblemException(ProblemType.VALIDATION, detail, violations);
    }

    /** A 422 listing what {@code found} kept, and saying how many it only counted. */
    public static ProblemException invalid(String detail, ViolationList found) {
        return new ProblemException(ProblemType.VALIDATION, detail, found.listed(), found.omitted());
    }

    /** A 422 listing what {@code found} kept, its detail told in the client's language. */
    public static ProblemException invalid(Text detail, ViolationList found) {
        return new ProblemException(ProblemType.VALIDATION, detail.english(), detail, found.listed(), found.omitted());
    }

    public static ProblemException invalid(Violation violation) {
        return new ProblemException(ProblemType.VALIDATION, violation.message(), violation.text(), List.of(violation), 0);
    }

    /** The same problem with its violations told otherwise (placed in a workbook's cells, say). */
    public ProblemException withViolations(List<Violation> told) {
        ProblemException same = new ProblemException(type, getMessage(), detailText, told, omittedViolations);
        same.initCause(this);
        return same;
    }

    public ProblemType type() {
        return type;
    }

    public List<Violation> violations() {
        return violations;
    }

    public long omittedViolations() {
        return omittedViolations;
    }

    /** The detail as a text in any language, or null when it is told in English only. */
    public Text detailText() {
        return detailText;
    }
}
