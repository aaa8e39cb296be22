package com.cacfiling.domain.algorithm;

import java.time.LocalDate;
import java.util.List;

/**
 * 算法基础属性信息. {@code algorithmType} and {@code applicationAreas} are option codes; {@code launchDate} is the
 * (planned) start of the service, from which the 10-working-day filing period runs; where "other" is among the areas,
 * {@code applicationAreasOther} says what it is. The generative synthesis algorithm type is asked once, where the
 * CAC form asks it: in the model group of the details ({@link AlgorithmModel#generativeAlgorithmType()}).
 */
public record AlgorithmBasics(String algorithmType, String name, LocalDate launchDate, List<String> applicationAreas,
        String applicationAreasOther) {

    public AlgorithmBasics {
        applicationAreas = applicationAreas == null ? List.of() : List.copyOf(applicationAreas);
    }

    /** Basics without an "other" area. */
    public AlgorithmBasics(String algorithmType, String name, LocalDate launchDate, List<String> applicationAreas) {
        this(algorithmType, name, launchDate, applicationAreas, null);
    }

    public AlgorithmBasics withLaunchDate(LocalDate changed) {
        return new AlgorithmBasics(algorithmType, name, changed, applicationAreas, applicationAreasOther);
    }

    public AlgorithmBasics withName(String changed) {
        return new AlgorithmBasics(algorithmType, changed, launchDate, applicationAreas, applicationAreasOther);
    }

    public AlgorithmBasics withAlgorithmType(String changed) {
        return new AlgorithmBasics(changed, name, launchDate, applicationAreas, applicationAreasOther);
    }
}
