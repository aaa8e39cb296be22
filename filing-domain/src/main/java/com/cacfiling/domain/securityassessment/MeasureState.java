package com.cacfiling.domain.securityassessment;

/** How far a measure is in place; a measure that does not fit the service is not applicable, with the reason. */
public enum MeasureState {
    IN_PLACE, PARTLY, NOT_IN_PLACE, NOT_APPLICABLE;

    /** Partly or not in place: the report must say what will be done (Art. 6 asks for the measures' effect). */
    public boolean needsRemedy() {
        return this == PARTLY || this == NOT_IN_PLACE;
    }
}
