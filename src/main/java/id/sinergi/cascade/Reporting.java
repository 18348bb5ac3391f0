package id.sinergi.cascade;

/** How often an indicator's realisation is reported: the periods of a year that each get a figure. */
public enum Reporting {
    /** Once, for the whole year (period Y). */
    YEARLY,
    /** Per quarter (triwulan, periods Q1-Q4). */
    QUARTERLY,
    /** Per month (periods M01-M12). */
    MONTHLY
}
