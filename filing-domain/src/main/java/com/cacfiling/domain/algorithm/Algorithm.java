package com.cacfiling.domain.algorithm;

import java.util.Objects;

/**
 * An algorithm of the filing entity. One instance is shared by the provider and technical-supporter filings of
 * an entity with both roles, so a change of the algorithm's facts shows in both.
 */
public final class Algorithm {

    private final AlgorithmId id;
    private AlgorithmProfile profile;

    public Algorithm(AlgorithmId id, AlgorithmProfile profile) {
        this.id = Objects.requireNonNull(id, "id");
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    public AlgorithmId id() {
        return id;
    }

    public AlgorithmProfile profile() {
        return profile;
    }

    public String name() {
        return profile.name();
    }

    public void update(AlgorithmProfile changed) {
        this.profile = Objects.requireNonNull(changed, "profile");
    }

    /** A separate copy with a new identity, for a change filing that must not alter the approved record. */
    public Algorithm copy(AlgorithmId newId) {
        return new Algorithm(newId, profile);
    }

    /**
     * The copy a change filing starts from: the same content, but the self-assessment undated (found in a review:
     * a change carried the approved filing's assessment dates into its new report, a dossier the CAC returns) and
     * without its other matters ({@link SelfAssessment#forChange()}).
     */
    public Algorithm copyForChange(AlgorithmId newId) {
        return new Algorithm(newId, profile.withAssessment(profile.assessment().forChange()));
    }
}
