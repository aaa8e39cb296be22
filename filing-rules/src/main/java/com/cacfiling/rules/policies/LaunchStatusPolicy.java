package com.cacfiling.rules.policies;

import java.time.LocalDate;
import java.util.List;

import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;

/**
 * A service not yet launched has no users. A planned launch date with a user count above zero means either the
 * count is a forecast (the report must then say so) or the service already runs (then the launch date is wrong
 * and the filing late). The reviewer asks which: a WARNING naming both values.
 */
public final class LaunchStatusPolicy implements FilingPolicy {

    static final String RULE = "LAUNCH_STATUS";

    @Override
    public List<Finding> check(FilingContext context) {
        LocalDate launch = context.algorithm().basics().launchDate();
        Long users = context.algorithm().assessment().userCount();
        if (launch == null || users == null || users <= 0 || !launch.isAfter(context.today())) {
            return List.of();
        }
        return List.of(Findings.warning(RULE, "algorithm.assessment.userCount", "rule.launch.usersBeforeLaunch", null,
                users, launch));
    }
}
