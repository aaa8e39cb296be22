package com.cacfiling.domain.filing;

import java.time.Instant;

/** One recorded move of the lifecycle: who did what, when, and why if they said. */
public record Transition(FilingStatus from, FilingStatus to, String action, String actor, Instant at, String note) {
}
