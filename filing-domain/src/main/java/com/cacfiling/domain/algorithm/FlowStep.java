package com.cacfiling.domain.algorithm;

/** One node of the algorithm flow (算法流程), in order. */
public record FlowStep(String name, FlowStepKind kind, String description) {
}
