package com.cacfiling.domain.largemodel;

/** What the filed model is built on: trained from scratch, a filed base model, or open-source weights. */
public enum BaseModelKind {
    SELF_BUILT,
    FILED_MODEL,
    OPEN_SOURCE
}
