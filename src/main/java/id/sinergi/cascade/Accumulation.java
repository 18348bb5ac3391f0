package id.sinergi.cascade;

/**
 * How the figures of an indicator's reporting periods make its figure to date and its year's figure
 * (docs/domain.md, "The monitoring year"); only periods with a figure count, a missing one is never 0.
 */
public enum Accumulation {
    /** Periods add up: people served, kilometres built. */
    CUMULATIVE,
    /** The latest period is the figure: percentages, indices, prevalence. */
    LAST_VALUE,
    /** The mean of the periods. */
    AVERAGE,
    /** The highest period. */
    MAXIMUM,
    /** Ordered labels mapped to scores (an audit opinion); the latest period's label counts as its score. */
    QUALITATIVE
}
