package id.sinergi.cascade;

/** Status of a tree version: DRAFT -> SUBMITTED -> FINAL. A FINAL version never changes. */
public enum TreeStatus {
    DRAFT, SUBMITTED, FINAL
}
