package com.cacfiling.domain.algorithm;

import java.util.List;

/** A risk of one category as the entity describes it, and its measures. */
public record RiskAssessment(RiskCategory category, String description, List<RiskMeasure> measures) {

    public RiskAssessment {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }
}
