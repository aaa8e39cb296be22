package com.cacfiling.domain.algorithm;

import java.time.LocalDate;
import java.util.List;

/**
 * 算法基础属性信息. {@code algorithmType}, {@code applicationAreas} and {@code generationKind} are option codes;
 * {@code launchDate} is the (planned) start of the service, from which the 10-working-day filing period runs.
 * A service may generate in several ways (text and images), so the generation kinds are a list; where "other" is
 * chosen, the {@code …Other} text says what it is.
 */
public record AlgorithmBasics(String algorithmType, String name, LocalDate launchDate, List<String> applicationAreas,
        String applicationAreasOther, List<String> generationKind, String generationKindOther) {

    public AlgorithmBasics {
        applicationAreas = applicationAreas == null ? List.of() : List.copyOf(applicationAreas);
        generationKind = generationKind == null ? List.of() : List.copyOf(generationKind);
    }

    /** Basics with one generation kind (or none) and no "other" texts. */
    public AlgorithmBasics(String algorithmType, String name, LocalDate launchDate, List<String> applicationAreas,
            String generationKind) {
        this(algorithmType, name, launchDate, applicationAreas, null,
                generationKind == null ? List.of() : List.of(generationKind), null);
    }

    public AlgorithmBasics withLaunchDate(LocalDate changed) {
        return new AlgorithmBasics(algorithmType, name, changed, applicationAreas, applicationAreasOther,
                generationKind, generationKindOther);
    }

    public AlgorithmBasics withName(String changed) {
        return new AlgorithmBasics(algorithmType, changed, launchDate, applicationAreas, applicationAreasOther,
                generationKind, generationKindOther);
    }
}
