package id.sinergi.security;

/** The roles a bearer token may carry in its {@code groups} claim. */
public final class Roles {

    /** Planning unit (perencana): writes the trees and realisations of the agency named in its {@link #AGENCY_CLAIM}. */
    public static final String PLANNER = "planner";
    /** Monitoring-and-evaluation analyst: reads everything. */
    public static final String ANALYST = "analyst";
    /** Administrator: maintains agencies and planning periods, and may write any tree. */
    public static final String ADMIN = "admin";

    /** Claim binding a planner to one agency code. */
    public static final String AGENCY_CLAIM = "agency";
    /** Boolean claim: when true the planner also writes for every agency below its own. */
    public static final String AGENCY_CHILDREN_CLAIM = "agency_children";

    private Roles() {
    }
}
