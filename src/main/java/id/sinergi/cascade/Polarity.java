package id.sinergi.cascade;

/** Which direction of an indicator's value is good; the capaian formula of each is in docs/domain.md, "Capaian". */
public enum Polarity {
    /** Higher realisation is better. */
    HIGHER_IS_BETTER,
    /** Lower realisation is better. */
    LOWER_IS_BETTER,
    /** The realisation should fall inside a min/max band. */
    RANGE
}
