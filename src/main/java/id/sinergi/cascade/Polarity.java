package id.sinergi.cascade;

/** Which direction of an indicator's value is good. */
public enum Polarity {
    /** Higher realisation is better (capaian R/T x 100). */
    HIGHER_IS_BETTER,
    /** Lower realisation is better (capaian (2T - R)/T x 100). */
    LOWER_IS_BETTER,
    /** The realisation should fall inside a min/max band. */
    RANGE
}
