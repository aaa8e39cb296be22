package com.cacfiling.domain.securityassessment;

/** Who carries the assessment out (Art. 4): the provider itself or a third-party body it commissions. */
public enum Assessor {
    SELF, THIRD_PARTY
}
