package com.cacfiling.rules.policies;

import java.time.LocalDate;
import java.util.List;

import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;

/**
 * A service not yet launched has no users. A planned launch date with a user count above zero means either the
 * count is a forecast or the service already runs (then the launch date is wrong and the filing late). The report
 * words the count as the forecast by itself; an INFO names both values so the filer can tell which. It was a
 * WARNING asking the filer to say so in the report, which nothing the filer wrote could clear (found in two walks).
 * A technical supporter counts its business customers instead.
 */
public final class LaunchStatusPolicy implements FilingPolicy {

    static final String RULE = "LAUNCH_STATUS";

    @Override
    public List<Finding> check(FilingContext context) {
        LocalDate launch = context.algorithm().basics().launchDate();
        FilingRole role = context.filing().role();
        Long audience = role.audienceCount(context.algorithm().assessment());
        if (launch == null || audience == null || audience <= 0 || !launch.isAfter(context.today())) {
            return List.of();
        }
        return List.of(Findings.info(RULE, role.audienceCountPath(), role == FilingRole.TECHNICAL_SUPPORTER
                ? "rule.launch.customersBeforeLaunch" : "rule.launch.usersBeforeLaunch", null, audience, launch));
    }
}
