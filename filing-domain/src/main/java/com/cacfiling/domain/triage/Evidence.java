package com.cacfiling.domain.triage;

/** How well the source of an obligation is established (the reference's tags [P], [S], [U]). */
public enum Evidence {
    /** The primary text was seen quoted verbatim. */
    PRIMARY,
    /** A secondary source: news, practitioners, vendors. */
    SECONDARY,
    /** Unverified or disputed: to be confirmed with the local CAC before relying on it. */
    UNVERIFIED;

    public boolean confirmWithLocalCac() {
        return this == UNVERIFIED;
    }
}
