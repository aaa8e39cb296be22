package com.cacfiling.web.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** How long a new personal access token is valid: a token that leaks late should no longer work. */
public enum TokenLifetime {

    DAYS_30(Duration.ofDays(30)),
    DAYS_90(Duration.ofDays(90)),
    DAYS_365(Duration.ofDays(365)),
    /** For an integration that must not stop by surprise; the page warns that it never ends by itself. */
    NEVER(null);

    private final Duration validFor;

    TokenLifetime(Duration validFor) {
        this.validFor = validFor;
    }

    /** When a token made at {@code created} expires; empty for one that does not. */
    public Optional<Instant> expiry(Instant created) {
        return Optional.ofNullable(validFor).map(created::plus);
    }
}
