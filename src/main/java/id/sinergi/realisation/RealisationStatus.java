package id.sinergi.realisation;

/**
 * Where a realisation stands in verification: a planner records it (DRAFT) and submits it; a verifier
 * verifies it or returns it with a note; a returned one is corrected and submitted again.
 */
public enum RealisationStatus {
    DRAFT, SUBMITTED, VERIFIED, RETURNED;

    /** Whether a planner may still change the figure: not while it is under review or verified. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether a realisation may move from this status to {@code to}. */
    public boolean canMoveTo(RealisationStatus to) {
        return switch (to) {
            case SUBMITTED -> editable();
            case VERIFIED -> this == SUBMITTED;
            case RETURNED -> this == SUBMITTED || this == VERIFIED;
            case DRAFT -> false;
        };
    }
}
