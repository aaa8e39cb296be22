package com.cacfiling.domain.algorithm;

import java.util.List;

import com.cacfiling.domain.identifiers.ZiLimitedText;

/**
 * 算法详细属性信息, grouped as the form groups it. A service used in several scenarios names them all
 * ({@code usageScenario} is a list of codes); "other" is described in {@code usageScenarioOther}.
 */
public record AlgorithmDetails(ZiLimitedText introduction, List<String> usageScenario, String usageScenarioOther,
        AlgorithmData data, AlgorithmModel model, AlgorithmStrategy strategy, RiskPrevention riskPrevention) {

    public AlgorithmDetails {
        usageScenario = usageScenario == null ? List.of() : List.copyOf(usageScenario);
        data = data == null ? AlgorithmData.empty() : data;
        model = model == null ? AlgorithmModel.empty() : model;
        strategy = strategy == null ? AlgorithmStrategy.empty() : strategy;
        riskPrevention = riskPrevention == null ? RiskPrevention.empty() : riskPrevention;
    }

    /** Details with one usage scenario (or none) and no "other" text. */
    public AlgorithmDetails(ZiLimitedText introduction, String usageScenario, AlgorithmData data, AlgorithmModel model,
            AlgorithmStrategy strategy, RiskPrevention riskPrevention) {
        this(introduction, usageScenario == null ? List.of() : List.of(usageScenario), null, data, model, strategy,
                riskPrevention);
    }

    public static AlgorithmDetails empty() {
        return new AlgorithmDetails(null, List.of(), null, null, null, null, null);
    }

    public AlgorithmDetails withIntroduction(ZiLimitedText changed) {
        return new AlgorithmDetails(changed, usageScenario, usageScenarioOther, data, model, strategy,
                riskPrevention);
    }

    public AlgorithmDetails withData(AlgorithmData changed) {
        return new AlgorithmDetails(introduction, usageScenario, usageScenarioOther, changed, model, strategy,
                riskPrevention);
    }

    public AlgorithmDetails withModel(AlgorithmModel changed) {
        return new AlgorithmDetails(introduction, usageScenario, usageScenarioOther, data, changed, strategy,
                riskPrevention);
    }

    public AlgorithmDetails withStrategy(AlgorithmStrategy changed) {
        return new AlgorithmDetails(introduction, usageScenario, usageScenarioOther, data, model, changed,
                riskPrevention);
    }

    public AlgorithmDetails withRiskPrevention(RiskPrevention changed) {
        return new AlgorithmDetails(introduction, usageScenario, usageScenarioOther, data, model, strategy, changed);
    }
}
