package com.cacfiling.rules.largemodel;

import java.util.List;
import java.util.Map;

import com.cacfiling.rules.Finding;

/**
 * What the checks found for a large-model filing: every finding, and per catalogue step the share of its required
 * fields that are filled (1.0 for a step with nothing required).
 */
public record ModelEvaluation(List<Finding> findings, Map<String, Double> readiness) {

    public ModelEvaluation {
        findings = List.copyOf(findings);
        readiness = Map.copyOf(readiness);
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count();
    }

    public boolean isReady() {
        return errorCount() == 0;
    }

    /** The findings at a path or inside it (a list, a step's fields). */
    public List<Finding> under(String pathPrefix) {
        return findings.stream().filter(f -> f.fieldPath().equals(pathPrefix) || f.fieldPath().startsWith(pathPrefix + ".")
                || f.fieldPath().startsWith(pathPrefix + "[")).toList();
    }

    public int overallReadiness() {
        return (int) Math.floor(readiness.values().stream().mapToDouble(Double::doubleValue).average().orElse(1) * 100);
    }

    /**
     * As above, a step of the form not started (never saved) counting as not done: values copied into it (the
     * company's entity, the service's algorithm filing) are not the user's progress until they save the step (a new
     * registration's list said "11 %" while its Step 1 said "not started"). The lists count by what was uploaded.
     */
    public int overallReadiness(java.util.Set<String> started) {
        return (int) Math.floor(readiness.entrySet().stream()
                .mapToDouble(step -> step.getKey().equals(ModelFilingRules.LISTS_STEP)
                        || started.contains(step.getKey()) ? step.getValue() : 0)
                .average().orElse(1) * 100);
    }
}
