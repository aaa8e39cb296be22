package com.cacfiling.domain.algorithm;

/**
 * The areas of chapter 四 (risk prevention and control). Measures in the areas filers are most often asked to
 * prove (labelling, user rights, content governance) need evidence such as screenshots.
 */
public enum MeasureKind {
    MECHANISM_BUILDING(false),
    USER_RIGHTS(true),
    CONTENT_GOVERNANCE(true),
    LABELLING(true),
    REFUTATION(false),
    MODEL_SECURITY(false),
    DATA_SECURITY(false),
    /** Separate consent of the person whose biometric features are edited (Deep Synthesis Provisions Art. 14). */
    SEPARATE_CONSENT(true);

    private final boolean evidenceRequired;

    MeasureKind(boolean evidenceRequired) {
        this.evidenceRequired = evidenceRequired;
    }

    public boolean requiresEvidence() {
        return evidenceRequired;
    }
}
