package id.sinergi.security;

/** The roles a bearer token may carry in its {@code groups} claim. */
public final class Roles {

    /** Planning unit (perencana): writes the trees and realisations of the agency named in its {@link #AGENCY_CLAIM}. */
    public static final String PLANNER = "planner";
    /** Monitoring-and-evaluation analyst: reads everything (as do verifiers). */
    public static final String ANALYST = "analyst";
    /** Administrator: maintains agencies and planning periods, and may write any tree. */
    public static final String ADMIN = "admin";
    /**
     * Verifier: verifies or returns the realisations of the agencies below the one in its {@link #AGENCY_CLAIM}
     * (the parent checks its units), or of every agency when its {@link #INSPECTORATE_CLAIM} is true.
     */
    public static final String VERIFIER = "verifier";

    /** Claim binding a planner to one agency code. */
    public static final String AGENCY_CLAIM = "agency";
    /** Boolean claim: when true the planner also writes for every agency below its own. */
    public static final String AGENCY_CHILDREN_CLAIM = "agency_children";
    /** Boolean claim: when true a verifier is an inspectorate and verifies every agency. */
    public static final String INSPECTORATE_CLAIM = "inspectorate";

    private Roles() {
    }
}
