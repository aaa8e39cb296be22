package com.cacfiling.domain.filing;

import java.time.Instant;
import java.util.Objects;

/** Who makes a lifecycle move and when: every transition records both. */
public record Actor(String username, Instant at) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(at, "at");
    }
}
