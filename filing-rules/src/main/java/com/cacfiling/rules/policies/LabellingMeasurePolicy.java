package com.cacfiling.rules.policies;

import java.util.List;

import com.cacfiling.domain.algorithm.MeasureKind;
import com.cacfiling.rules.Citations;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;

/**
 * A generative-synthesis filing under the Labelling Measures shows its labelling in chapter 四 of the report: at
 * least one risk measure of the labelling kind (with its evidence, which {@link EvidencePolicy} asks for). Answering
 * "yes" to the labelling questions without describing how is what reviewers send back.
 */
public final class LabellingMeasurePolicy implements FilingPolicy {

    static final String RULE = "LABELLING_MEASURE";

    @Override
    public List<Finding> check(FilingContext context) {
        if (!LabellingPolicy.appliesTo(context)) {
            return List.of();
        }
        boolean described = context.algorithm().assessment().risks().stream()
                .flatMap(risk -> risk.measures().stream())
                .anyMatch(measure -> measure.kind() == MeasureKind.LABELLING);
        return described ? List.of()
                : List.of(Findings.error(RULE, "algorithm.assessment.risks", "rule.labelling.measureMissing",
                        Citations.IMPLICIT_LABEL));
    }
}
