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
}
