package com.cacfiling.domain.largemodel;

/**
 * The result of one clause of the security assessment report: 符合 (with evidence), 不符合 (with the reason and the
 * measure or plan) or 不适用 (with the reason).
 */
public enum ClauseResult {
    CONFORMS,
    DOES_NOT_CONFORM,
    NOT_APPLICABLE
}
