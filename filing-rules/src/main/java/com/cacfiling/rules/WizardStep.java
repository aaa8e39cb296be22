package com.cacfiling.rules;

/** The steps of the filing as the wizard shows them; every field path belongs to one. */
public enum WizardStep {
    ENTITY("entity."),
    ALGORITHM_BASIC("algorithm.basics."),
    ALGORITHM_DETAILED("algorithm.details."),
    SELF_ASSESSMENT("algorithm.assessment.", "algorithm.disclosure."),
    STEP3("step3."),
    LIFECYCLE("filing.");

    private final String[] prefixes;

    WizardStep(String... prefixes) {
        this.prefixes = prefixes;
    }

    public static WizardStep of(String fieldPath) {
        for (WizardStep step : values()) {
            for (String prefix : step.prefixes) {
                if (fieldPath.startsWith(prefix) || (fieldPath + ".").equals(prefix)) {
                    return step;
                }
            }
        }
        return LIFECYCLE;
    }
}
