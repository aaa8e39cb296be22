package com.cacfiling.rules.policies;

import java.util.List;

import com.cacfiling.domain.algorithm.RiskCategory;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;

/**
 * Every generative service can generate illegal or harmful information; the report's header table showing that
 * risk as "not identified" tells the reviewer the assessment was not done. A WARNING (no article states the
 * category list; it is the report template's and the reviewers' practice), until that risk is described.
 */
public final class GenerativeRiskPolicy implements FilingPolicy {

    static final String RULE = "GENERATIVE_RISKS";

    @Override
    public List<Finding> check(FilingContext context) {
        if (!context.isGenerativeSynthesis()) {
            return List.of();
        }
        boolean identified = context.algorithm().assessment().risks().stream()
                .anyMatch(risk -> risk.category() == RiskCategory.HARMFUL_INFORMATION && risk.description() != null
                        && !risk.description().isBlank());
        return identified ? List.of()
                : List.of(Findings.warning(RULE, "algorithm.assessment.risks", "rule.risks.harmfulNotIdentified",
                        null));
    }
}
