package id.sinergi.cascade;

/** How several agencies' figures for the same shared indicator code combine into one. */
public enum CombineRule {
    SUM, AVERAGE, MIN, MAX, LAST
}
