package com.cacfiling.rules.policies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.algorithm.RiskPrevention;
import com.cacfiling.rules.Citations;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;

/**
 * Since the Labelling Measures took effect (2025-09-01), a generative-synthesis service labels its content
 * implicitly (Art. 5, always), explicitly (Art. 4) and states the labelling in its user agreement with a prompt to
 * users to read the labelling requirements (Art. 8): "no" to any of the three is not accepted.
 */
public final class LabellingPolicy implements FilingPolicy {

    static final String RULE = "LABELLING";
    public static final LocalDate IN_FORCE = LocalDate.of(2025, 9, 1);

    @Override
    public List<Finding> check(FilingContext context) {
        if (!appliesTo(context)) {
            return List.of();
        }
        RiskPrevention risk = context.algorithm().details().riskPrevention();
        List<Finding> findings = new ArrayList<>();
        if (Boolean.FALSE.equals(risk.implicitLabel())) {
            findings.add(Findings.error(RULE, "algorithm.details.riskPrevention.implicitLabel", "rule.labelling.implicit",
                    Citations.IMPLICIT_LABEL));
        }
        if (Boolean.FALSE.equals(risk.explicitLabel())) {
            findings.add(Findings.error(RULE, "algorithm.details.riskPrevention.explicitLabel", "rule.labelling.explicit",
                    Citations.EXPLICIT_LABEL));
        }
        if (Boolean.FALSE.equals(risk.remindUsersToLabel())) {
            findings.add(Findings.error(RULE, "algorithm.details.riskPrevention.remindUsersToLabel",
                    "rule.labelling.remindUsers", Citations.REMIND_USERS_TO_LABEL));
        }
        return findings;
    }

    /** A generative-synthesis filing checked on or after the day the Labelling Measures took effect. */
    static boolean appliesTo(FilingContext context) {
        return context.isGenerativeSynthesis() && !context.today().isBefore(IN_FORCE);
    }
}
