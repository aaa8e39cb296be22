package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.reference.FormVersion;
import com.cacfiling.domain.reference.OptionList;
import com.cacfiling.domain.reference.ReferenceOption;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.FindingArgument;

/**
 * The usage scenarios fit the algorithm type (form 2026.1 on): a recommendation algorithm described as "text
 * generation" contradicts its own filing, typically after the type was changed once the scenarios were chosen. The
 * form's list says which type each scenario belongs to; a list that does not (older form versions) is not checked.
 * The form's own consistency: no article states it, so it cites nothing.
 */
public final class UsageScenarioPolicy implements FilingPolicy {

    static final String RULE = "USAGE_SCENARIO_TYPE";

    @Override
    public List<Finding> check(FilingContext context) {
        String type = context.algorithm().basics().algorithmType();
        if (type == null || context.formVersion().isEmpty()) {
            return List.of();
        }
        FormVersion form = context.formVersion().get();
        List<Finding> findings = new ArrayList<>();
        for (String code : context.algorithm().details().usageScenario()) {
            form.find(OptionList.USAGE_SCENARIOS, code).filter(option -> !option.fits(type)).ifPresent(option ->
                    findings.add(Findings.error(RULE, "algorithm.details.usageScenario", "rule.usageScenario.otherType",
                            null,
                            new FindingArgument.OptionLabel(OptionList.USAGE_SCENARIOS, code),
                            new FindingArgument.OptionLabel(OptionList.ALGORITHM_TYPES, typeOf(option)),
                            new FindingArgument.OptionLabel(OptionList.ALGORITHM_TYPES, type))));
        }
        return findings;
    }

    private static String typeOf(ReferenceOption option) {
        return option.algorithmTypes().get(0);
    }
}
