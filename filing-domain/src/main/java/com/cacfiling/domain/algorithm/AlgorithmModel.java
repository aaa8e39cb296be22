package com.cacfiling.domain.algorithm;

import java.util.List;

/**
 * 算法模型. {@code crossBorderExplanation} is needed when training data includes overseas data,
 * {@code personalInformationLegalBasis} when it involves personal information. A service may combine model types
 * (a language model with a diffusion model), so {@code generativeAlgorithmType} is a list of codes.
 */
public record AlgorithmModel(Boolean trainingOverseasData, String crossBorderExplanation,
        String trainingDataGeneration, Boolean trainingPersonalInformation, String personalInformationLegalBasis,
        List<String> generativeAlgorithmType, String generativeAlgorithmTypeOther, String hardwareRequirements,
        String performance, String calculationMethod) {

    public AlgorithmModel {
        generativeAlgorithmType = generativeAlgorithmType == null ? List.of() : List.copyOf(generativeAlgorithmType);
    }

    /** A model of one generative type (or none) and no "other" text. */
    public AlgorithmModel(Boolean trainingOverseasData, String crossBorderExplanation, String trainingDataGeneration,
            Boolean trainingPersonalInformation, String personalInformationLegalBasis, String generativeAlgorithmType,
            String hardwareRequirements, String performance, String calculationMethod) {
        this(trainingOverseasData, crossBorderExplanation, trainingDataGeneration, trainingPersonalInformation,
                personalInformationLegalBasis, generativeAlgorithmType == null ? List.of()
                        : List.of(generativeAlgorithmType), null, hardwareRequirements, performance,
                calculationMethod);
    }

    public static AlgorithmModel empty() {
        return new AlgorithmModel(null, null, null, null, null, List.of(), null, null, null, null);
    }
}
