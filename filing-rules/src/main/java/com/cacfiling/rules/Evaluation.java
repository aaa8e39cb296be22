package com.cacfiling.rules;

import java.util.List;
import java.util.Map;

/** The findings of all rules and each step's readiness; ready overall means no ERROR. */
public record Evaluation(List<Finding> findings, Map<WizardStep, Double> readiness) {

    public Evaluation {
        findings = List.copyOf(findings);
        readiness = Map.copyOf(readiness);
    }

    public boolean isReady() {
        return findings.stream().noneMatch(Finding::isError);
    }

    public long errorCount() {
        return count(Severity.ERROR);
    }

    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    public List<Finding> at(String fieldPath) {
        return findings.stream().filter(finding -> finding.fieldPath().equals(fieldPath)).toList();
    }

    public double readiness(WizardStep step) {
        return readiness.getOrDefault(step, 1.0);
    }

    /** The share of required fields complete and error-free over all steps, weighted equally per step. */
    public double overallReadiness() {
        return readiness.values().stream().mapToDouble(Double::doubleValue).average().orElse(1.0);
    }

    /**
     * As above, a step not started (never saved) counting as not done: what it holds without the user having saved
     * it (the administration's name and credit code, the algorithm's name from the new-filing form) is no progress of
     * theirs. The step bar says "not started" there, and the lists said a percentage beside it (a walk found it in the
     * large-model registration, which counts the same way).
     */
    public double overallReadiness(java.util.Set<WizardStep> started) {
        return overallReadiness(readiness, started);
    }

    /** The same over a filing's per-step readiness remembered without its findings (the dashboard's rows). */
    public static double overallReadiness(Map<WizardStep, Double> readiness, java.util.Set<WizardStep> started) {
        return readiness.entrySet().stream().mapToDouble(step -> started.contains(step.getKey()) ? step.getValue() : 0)
                .average().orElse(1.0);
    }
}
