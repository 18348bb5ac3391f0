package id.sinergi.report;

/** Where capaian stands against absorption (efisiensi = capaian / serapan). */
public enum EfficiencyBand {
    /** Performance ahead of spending: efficiency from EFFICIENT_FROM (default 1.1) up. */
    EFFICIENT,
    /** Performance and spending in step. */
    ON_TRACK,
    /** Spending ahead of performance: efficiency below EFFICIENCY_WARNING_BELOW (default 0.9). */
    WARNING
}
