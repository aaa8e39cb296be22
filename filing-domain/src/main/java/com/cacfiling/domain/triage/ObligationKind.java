package com.cacfiling.domain.triage;

/** What a service may have to do; the register keeps one row per service and kind. */
public enum ObligationKind {
    ALGORITHM_FILING_PROVIDER,
    ALGORITHM_FILING_SUPPORTER,
    LARGE_MODEL_FILING,
    LARGE_MODEL_REGISTRATION,
    SECURITY_ASSESSMENT,
    LABELLING,
    SERVICE_AGREEMENT,
    PERIODIC_ALGORITHM_REVIEW,
    ETHICS_REVIEW
}
