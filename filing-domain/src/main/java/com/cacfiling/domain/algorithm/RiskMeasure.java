package com.cacfiling.domain.algorithm;

import java.util.List;

/** A prevention measure against one risk, with the ids of the evidence items that show it in place. */
public record RiskMeasure(MeasureKind kind, String description, List<String> evidenceIds) {

    public RiskMeasure {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }
}
