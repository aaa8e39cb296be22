package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.algorithm.AlgorithmBasics;
import com.cacfiling.domain.algorithm.AlgorithmData;
import com.cacfiling.domain.algorithm.AlgorithmDetails;
import com.cacfiling.domain.algorithm.AlgorithmModel;
import com.cacfiling.domain.algorithm.AlgorithmStrategy;
import com.cacfiling.domain.algorithm.RiskPrevention;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.LegalBasis;
import com.cacfiling.rules.Regulation;

/**
 * Step 2, basic and detailed information. Every Y/N question needs an answer (unanswered is not "no"); output
 * formats are needed once an output modality is chosen; the generative fields only for generative synthesis.
 */
public final class AlgorithmCompletenessPolicy implements CompletenessPolicy {

    @Override
    public String ruleCode() {
        return "ALGORITHM_COMPLETE";
    }

    @Override
    public LegalBasis legalBasis() {
        return LegalBasis.of(Regulation.ALGORITHM_RECOMMENDATION_PROVISIONS, "第二十四条");
    }

    @Override
    public List<RequiredField> requiredFields(FilingContext context) {
        AlgorithmBasics basics = context.algorithm().basics();
        AlgorithmDetails details = context.algorithm().details();
        AlgorithmData data = details.data();
        AlgorithmModel model = details.model();
        AlgorithmStrategy strategy = details.strategy();
        RiskPrevention risk = details.riskPrevention();
        boolean generative = context.isGenerativeSynthesis();
        List<RequiredField> fields = new ArrayList<>(List.of(
                RequiredField.of("algorithm.basics.algorithmType", basics.algorithmType()),
                RequiredField.of("algorithm.basics.name", basics.name()),
                RequiredField.of("algorithm.basics.launchDate", basics.launchDate()),
                RequiredField.of("algorithm.basics.applicationAreas", basics.applicationAreas()),
                RequiredField.of("algorithm.details.introduction", details.introduction()),
                RequiredField.of("algorithm.details.usageScenario", details.usageScenario()),
                RequiredField.of("algorithm.details.data.inputModalities", data.inputModalities()),
                RequiredField.of("algorithm.details.data.inputBiometric", data.inputBiometric()),
                RequiredField.of("algorithm.details.data.inputIdentity", data.inputIdentity()),
                RequiredField.of("algorithm.details.data.outputModalities", data.outputModalities()),
                RequiredField.of("algorithm.details.data.outputFileSize", data.outputFileSize()),
                RequiredField.of("algorithm.details.data.batchOutput", data.batchOutput()),
                RequiredField.of("algorithm.details.model.trainingOverseasData", model.trainingOverseasData()),
                RequiredField.of("algorithm.details.model.trainingDataGeneration", model.trainingDataGeneration()),
                RequiredField.of("algorithm.details.model.trainingPersonalInformation",
                        model.trainingPersonalInformation()),
                RequiredField.of("algorithm.details.model.hardwareRequirements", model.hardwareRequirements()),
                RequiredField.of("algorithm.details.model.performance", model.performance()),
                RequiredField.of("algorithm.details.model.calculationMethod", model.calculationMethod()),
                RequiredField.of("algorithm.details.strategy.preprocessTrainingData", strategy.preprocessTrainingData()),
                RequiredField.of("algorithm.details.strategy.preprocessInput", strategy.preprocessInput()),
                RequiredField.of("algorithm.details.strategy.postprocessOutput", strategy.postprocessOutput()),
                RequiredField.of("algorithm.details.riskPrevention.userDataSecurity", risk.userDataSecurity()),
                RequiredField.of("algorithm.details.riskPrevention.harmfulContentMechanism",
                        risk.harmfulContentMechanism()),
                RequiredField.of("algorithm.details.riskPrevention.explanation", risk.explanation())));
        if (!data.outputModalities().isEmpty()) {
            fields.add(RequiredField.of("algorithm.details.data.outputFormats", data.outputFormats()));
        }
        if (generative) {
            fields.add(RequiredField.of("algorithm.basics.generationKind", basics.generationKind()));
            fields.add(RequiredField.of("algorithm.details.model.generativeAlgorithmType",
                    model.generativeAlgorithmType()));
            fields.add(RequiredField.of("algorithm.details.riskPrevention.implicitLabel", risk.implicitLabel()));
            fields.add(RequiredField.of("algorithm.details.riskPrevention.explicitLabel", risk.explicitLabel()));
            fields.add(RequiredField.of("algorithm.details.riskPrevention.remindUsersToLabel",
                    risk.remindUsersToLabel()));
            fields.add(RequiredField.of("algorithm.details.riskPrevention.refutationMechanism",
                    risk.refutationMechanism()));
        }
        if (Boolean.TRUE.equals(data.inputBiometric())) {
            fields.add(RequiredField.of("algorithm.details.data.biometricSeparateConsent",
                    data.biometricSeparateConsent()));
        }
        return fields;
    }
}
