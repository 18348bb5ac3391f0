package id.sinergi.agreement;

/** Where a version of an agreement stands. */
public enum AgreementStatus {
    /** Drawn, not signed: may be drawn again. */
    DRAFT,
    /** Signed by both parties: frozen. */
    SIGNED
}
