package id.sinergi.cascade;

/** Levels of a cascade, read from the outcome down to the input. */
public enum Level {
    /** Tujuan. */
    GOAL,
    /** Sasaran. */
    TARGET,
    /** Program. */
    PROGRAM,
    /** Kegiatan: the level inputs attach to. */
    ACTIVITY,
    /** Sub-kegiatan: optional level below an activity. */
    SUB_ACTIVITY;

    /** The level a child of this level must have, or null for the lowest level. */
    public Level childLevel() {
        return this == SUB_ACTIVITY ? null : values()[ordinal() + 1];
    }

    /** Inputs (budget, staff, facilities) belong to activities and sub-activities only. */
    public boolean carriesInputs() {
        return this == ACTIVITY || this == SUB_ACTIVITY;
    }
}
