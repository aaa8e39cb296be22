package com.cacfiling.domain.algorithm;

/** What a node of the algorithm flow does; the flow diagram draws each kind differently. */
public enum FlowStepKind {
    RULE, MODEL, HUMAN_REVIEW, LABELLING, LOGGING
}
