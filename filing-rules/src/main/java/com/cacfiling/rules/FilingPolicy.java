package com.cacfiling.rules;

import java.util.List;

/** One rule over a filing. Adding a rule is adding one implementation and one line in {@link FilingRules}. */
@FunctionalInterface
public interface FilingPolicy {

    List<Finding> check(FilingContext context);
}
