package com.cacfiling.domain.filing;

public enum FilingKind {
    /** 首次备案 */
    INITIAL,
    /** 变更备案: a new version of an approved filing. */
    CHANGE
}
