package com.cacfiling.domain.algorithm;

import java.time.LocalDate;
import java.util.List;

/**
 * 算法基础属性信息. {@code algorithmType}, {@code applicationAreas} and {@code generationKind} are option codes;
 * {@code launchDate} is the (planned) start of the service, from which the 10-working-day filing period runs.
 */
public record AlgorithmBasics(String algorithmType, String name, LocalDate launchDate, List<String> applicationAreas,
        String generationKind) {

    public AlgorithmBasics {
        applicationAreas = applicationAreas == null ? List.of() : List.copyOf(applicationAreas);
    }

    public AlgorithmBasics withLaunchDate(LocalDate changed) {
        return new AlgorithmBasics(algorithmType, name, changed, applicationAreas, generationKind);
    }

    public AlgorithmBasics withName(String changed) {
        return new AlgorithmBasics(algorithmType, changed, launchDate, applicationAreas, generationKind);
    }
}
