package com.cacfiling.domain.algorithm;

import com.cacfiling.domain.identifiers.ZiLimitedText;

/** 算法详细属性信息, grouped as the form groups it. */
public record AlgorithmDetails(ZiLimitedText introduction, String usageScenario, AlgorithmData data,
        AlgorithmModel model, AlgorithmStrategy strategy, RiskPrevention riskPrevention) {

    public AlgorithmDetails {
        data = data == null ? AlgorithmData.empty() : data;
        model = model == null ? AlgorithmModel.empty() : model;
        strategy = strategy == null ? AlgorithmStrategy.empty() : strategy;
        riskPrevention = riskPrevention == null ? RiskPrevention.empty() : riskPrevention;
    }

    public static AlgorithmDetails empty() {
        return new AlgorithmDetails(null, null, null, null, null, null);
    }

    public AlgorithmDetails withIntroduction(ZiLimitedText changed) {
        return new AlgorithmDetails(changed, usageScenario, data, model, strategy, riskPrevention);
    }
}
