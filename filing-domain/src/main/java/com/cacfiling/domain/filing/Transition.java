package com.cacfiling.domain.filing;

import java.time.Instant;

/**
 * One entry of the filing's workflow log: a move of the lifecycle, or an event recorded beside its moves that leaves
 * the status as it was (the entity's approval, a service end); who did what, when, and why or on what day if they said.
 */
public record Transition(FilingStatus from, FilingStatus to, String action, String actor, Instant at, String note) {

    /**
     * Whether the entry moved the filing to another status: a log entry that leaves it where it was (the entity's
     * approval, a service end) is not the return, submission or approval that brought the filing to its status.
     */
    public boolean changesStatus() {
        return from != to;
    }
}
