package com.cacfiling.domain.algorithm;

import java.util.List;

/**
 * 算法模型. {@code crossBorderExplanation} is needed when training data includes overseas data,
 * {@code personalInformationLegalBasis} when it involves personal information. {@code generativeAlgorithmType} is the
 * form's one "generative synthesis algorithm type" question, answered by input and output (text to text, text to
 * image, …); a service may generate in several ways, so it is a list of codes, and "other" is described in
 * {@code generativeAlgorithmTypeOther}. (Before format version 3 the basics asked the same as "generation kind" and
 * this field held the model's architecture; see docs/dossier-format.md.)
 */
public record AlgorithmModel(Boolean trainingOverseasData, String crossBorderExplanation,
        String trainingDataGeneration, Boolean trainingPersonalInformation, String personalInformationLegalBasis,
        List<String> generativeAlgorithmType, String generativeAlgorithmTypeOther, String hardwareRequirements,
        String performance, String calculationMethod) {

    public AlgorithmModel {
        generativeAlgorithmType = generativeAlgorithmType == null ? List.of() : List.copyOf(generativeAlgorithmType);
    }

    /** A model of one generative synthesis algorithm type (or none) and no "other" text. */
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
