package com.cacfiling.domain.algorithm;

import com.cacfiling.domain.identifiers.ZiLimitedText;

/** 算法风险与防范机制: labelling answers, the three mechanisms (option codes) and the 200-字 explanation. */
public record RiskPrevention(Boolean implicitLabel, Boolean explicitLabel, Boolean remindUsersToLabel,
        String userDataSecurity, String refutationMechanism, String harmfulContentMechanism,
        ZiLimitedText explanation) {

    public static RiskPrevention empty() {
        return new RiskPrevention(null, null, null, null, null, null, null);
    }
}
