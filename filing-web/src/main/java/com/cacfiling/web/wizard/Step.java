package com.cacfiling.web.wizard;

import java.util.Arrays;
import java.util.Locale;

import com.cacfiling.rules.WizardStep;

/** The wizard's pages in order: the rules' steps plus the review page. */
public enum Step {
    ENTITY(WizardStep.ENTITY, "entity", "entity"),
    ALGORITHM_BASIC(WizardStep.ALGORITHM_BASIC, "algorithm", "basic"),
    ALGORITHM_DETAILED(WizardStep.ALGORITHM_DETAILED, "algorithm", "detailed"),
    SELF_ASSESSMENT(WizardStep.SELF_ASSESSMENT, "algorithm", "assessment"),
    STEP3(WizardStep.STEP3, "step3", "step3"),
    REVIEW(null, null, "review");

    private final WizardStep rulesStep;
    private final String part;
    private final String slug;

    Step(WizardStep rulesStep, String part, String slug) {
        this.rulesStep = rulesStep;
        this.part = part;
        this.slug = slug;
    }

    public WizardStep rulesStep() {
        return rulesStep;
    }

    /**
     * The part of the dossier the step edits, stored on its own record: {@code entity} (the company's, shared by its
     * filings), {@code algorithm} (shared by a dual-role pair) or {@code step3} (the filing's own).
     */
    public String part() {
        return part;
    }

    public String slug() {
        return slug;
    }

    public int number() {
        return ordinal() + 1;
    }

    public Step next() {
        return this == REVIEW ? REVIEW : values()[ordinal() + 1];
    }

    public static Step ofSlug(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug.equals(slug.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(com.cacfiling.web.system.NotFoundException::new);
    }

    public static Step of(WizardStep step) {
        return Arrays.stream(values()).filter(s -> s.rulesStep == step).findFirst().orElse(REVIEW);
    }
}
