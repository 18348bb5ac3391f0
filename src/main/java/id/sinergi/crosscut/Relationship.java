package id.sinergi.crosscut;

/** Perry 6's continuum of Whole-of-Government relationships (seed 003, table 1.1), weakest first. */
public enum Relationship {
    /** Penyertaan: strategy developed considering the other's impact. */
    INVOLVEMENT(Category.COORDINATION),
    /** Exchange of information. */
    DIALOGUE(Category.COORDINATION),
    /** Joint planning, temporary cooperation. */
    JOINT_PLANNING(Category.COORDINATION),
    /** Temporary collaboration. */
    JOINT_WORKING(Category.INTEGRATION),
    /** Long-term joint work on a major task of one party. */
    JOINT_VENTURE(Category.INTEGRATION),
    /** A separate jointly-owned entity as the integrating mechanism. */
    SATELLITE(Category.INTEGRATION),
    /** Long-term cooperation on a major issue of one party. */
    STRATEGIC_ALLIANCE(Category.CLOSENESS),
    /** Formal unification, identities still visible. */
    UNION(Category.CLOSENESS),
    /** Fusion into a new structure. */
    MERGER(Category.CLOSENESS);

    public enum Category { COORDINATION, INTEGRATION, CLOSENESS }

    private final Category category;

    Relationship(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
