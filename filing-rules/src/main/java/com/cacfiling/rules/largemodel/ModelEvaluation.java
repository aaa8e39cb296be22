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
}
