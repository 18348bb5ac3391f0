package id.sinergi.crosscut;

import java.util.Set;

/** Lifecycle of a cross-cutting link: PROPOSED by one side, then ACCEPTED or REJECTED by the other; either side may WITHDRAW. */
public enum LinkStatus {
    PROPOSED, ACCEPTED, REJECTED, WITHDRAWN;

    /** The statuses a link may move to from this one. */
    public Set<LinkStatus> next() {
        return switch (this) {
            case PROPOSED -> Set.of(ACCEPTED, REJECTED, WITHDRAWN);
            case ACCEPTED -> Set.of(WITHDRAWN);
            case REJECTED, WITHDRAWN -> Set.of();
        };
    }

    /** Still in force or still awaiting an answer. */
    public boolean active() {
        return this == PROPOSED || this == ACCEPTED;
    }
}
