package com.cacfiling.rules.policies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.algorithm.RiskPrevention;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.LegalBasis;
import com.cacfiling.rules.Regulation;

/**
 * Since the Labelling Measures took effect (2025-09-01), a generative-synthesis algorithm must add implicit and
 * explicit labels to generated content; "no" is not accepted.
 */
public final class LabellingPolicy implements FilingPolicy {

    static final String RULE = "LABELLING";
    public static final LocalDate IN_FORCE = LocalDate.of(2025, 9, 1);

    @Override
    public List<Finding> check(FilingContext context) {
        if (!context.isGenerativeSynthesis() || context.today().isBefore(IN_FORCE)) {
            return List.of();
        }
        RiskPrevention risk = context.algorithm().details().riskPrevention();
        List<Finding> findings = new ArrayList<>();
        if (Boolean.FALSE.equals(risk.implicitLabel())) {
            findings.add(Findings.error(RULE, "algorithm.details.riskPrevention.implicitLabel", "rule.labelling.implicit",
                    LegalBasis.of(Regulation.LABELLING_MEASURES, "第五条")));
        }
        if (Boolean.FALSE.equals(risk.explicitLabel())) {
            findings.add(Findings.error(RULE, "algorithm.details.riskPrevention.explicitLabel", "rule.labelling.explicit",
                    LegalBasis.of(Regulation.LABELLING_MEASURES, "第四条")));
        }
        return findings;
    }
}
