package id.sinergi.problem;

import java.util.List;

/** Thrown by services to answer with a problem document; the transaction rolls back. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Violation> violations;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Violation> violations) {
        super(detail);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException invalid(String detail, List<Violation> violations) {
        return new ProblemException(ProblemType.VALIDATION, detail, violations);
    }

    public static ProblemException invalid(Violation violation) {
        return invalid(violation.message(), List.of(violation));
    }

    public ProblemType type() {
        return type;
    }

    public List<Violation> violations() {
        return violations;
    }
}
