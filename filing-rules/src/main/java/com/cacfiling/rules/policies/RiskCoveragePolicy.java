package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.cacfiling.domain.algorithm.RiskAssessment;
import com.cacfiling.domain.algorithm.RiskCategory;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.FindingArgument;

/**
 * The report's header table has a row for each category of risk, and the reviewers read a category left out as an
 * assessment not made (found in two walks: the report printed "not identified" for categories nobody had answered,
 * and nothing warned). One WARNING per named category without a description, once the risks are being described
 * (before that, the risks' own required check speaks); a category assessed as absent is added with the reason.
 * "Other risks" may be none. For a generative-synthesis service, {@link GenerativeRiskPolicy} speaks of the
 * harmful-information risk in its own words. No article lists the categories: it is the template's practice.
 */
public final class RiskCoveragePolicy implements FilingPolicy {

    static final String RULE = "RISK_COVERAGE";

    @Override
    public List<Finding> check(FilingContext context) {
        List<RiskAssessment> risks = context.algorithm().assessment().risks();
        if (risks.isEmpty()) {
            return List.of();
        }
        Set<RiskCategory> described = EnumSet.noneOf(RiskCategory.class);
        risks.stream().filter(risk -> risk.category() != null && risk.description() != null
                && !risk.description().isBlank()).forEach(risk -> described.add(risk.category()));
        List<Finding> findings = new ArrayList<>();
        for (RiskCategory category : RiskCategory.values()) {
            boolean saidElsewhere = category == RiskCategory.HARMFUL_INFORMATION && context.isGenerativeSynthesis();
            if (category != RiskCategory.OTHER && !saidElsewhere && !described.contains(category)) {
                findings.add(Findings.warning(RULE, "algorithm.assessment.risks", "rule.risks.categoryNotDescribed",
                        null, new FindingArgument.Text("risk." + category)));
            }
        }
        return findings;
    }
}
