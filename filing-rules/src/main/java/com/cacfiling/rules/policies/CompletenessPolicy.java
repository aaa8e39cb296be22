package com.cacfiling.rules.policies;

import java.util.List;

import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.LegalBasis;
import com.cacfiling.rules.Severity;

/**
 * A policy that lists the fields a filing needs (depending on role, algorithm type and earlier answers) and
 * reports each missing one. Readiness reads the same lists.
 */
public interface CompletenessPolicy extends FilingPolicy {

    String ruleCode();

    List<RequiredField> requiredFields(FilingContext context);

    default LegalBasis legalBasis() {
        return null;
    }

    @Override
    default List<Finding> check(FilingContext context) {
        return findings(context, requiredFields(context));
    }

    /**
     * The findings for {@code required}, this policy's {@link #requiredFields} for the same context: the rules
     * list the fields once for both the findings and readiness.
     */
    default List<Finding> findings(FilingContext context, List<RequiredField> required) {
        return required.stream()
                .filter(field -> !field.present())
                .map(field -> new Finding(ruleCode(), Severity.ERROR, field.path(), "rule.required", List.of(),
                        legalBasis()))
                .toList();
    }
}
