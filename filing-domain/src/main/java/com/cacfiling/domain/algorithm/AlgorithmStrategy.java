package com.cacfiling.domain.algorithm;

/** 算法策略: model (training-data), input and output strategies, each a Y/N with how it is done. */
public record AlgorithmStrategy(Boolean preprocessTrainingData, String trainingDataStrategy, Boolean preprocessInput,
        String inputStrategy, Boolean postprocessOutput, String outputStrategy) {

    public static AlgorithmStrategy empty() {
        return new AlgorithmStrategy(null, null, null, null, null, null);
    }
}
