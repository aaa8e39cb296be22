package com.cacfiling.domain.algorithm;

/**
 * 算法模型. {@code crossBorderExplanation} is needed when training data includes overseas data,
 * {@code personalInformationLegalBasis} when it involves personal information.
 */
public record AlgorithmModel(Boolean trainingOverseasData, String crossBorderExplanation,
        String trainingDataGeneration, Boolean trainingPersonalInformation, String personalInformationLegalBasis,
        String generativeAlgorithmType, String hardwareRequirements, String performance, String calculationMethod) {

    public static AlgorithmModel empty() {
        return new AlgorithmModel(null, null, null, null, null, null, null, null, null);
    }
}
