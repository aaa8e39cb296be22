package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.algorithm.AlgorithmModel;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.Citations;

/**
 * Training data that involves personal information needs a stated legal basis (PIPL Art. 13, for every algorithm
 * type); overseas training data needs a cross-border explanation. The latter cites Generative AI Measures Art. 7
 * (lawful training-data sources) for generative synthesis only: those Measures do not govern a recommendation,
 * ranking, filtering or scheduling algorithm, and no article of the rules' citations requires the explanation of
 * every type (it is the reviewer's practice), so for those types the finding cites none rather than a wrong one.
 */
public final class TrainingDataPolicy implements FilingPolicy {

    static final String RULE = "TRAINING_DATA";

    @Override
    public List<Finding> check(FilingContext context) {
        AlgorithmModel model = context.algorithm().details().model();
        List<Finding> findings = new ArrayList<>();
        if (Boolean.TRUE.equals(model.trainingPersonalInformation())
                && !RequiredField.isPresent(model.personalInformationLegalBasis())) {
            findings.add(Findings.error(RULE, "algorithm.details.model.personalInformationLegalBasis",
                    "rule.training.personalInformationBasis",
                    Citations.PERSONAL_INFORMATION_GROUNDS));
        }
        if (Boolean.TRUE.equals(model.trainingOverseasData())
                && !RequiredField.isPresent(model.crossBorderExplanation())) {
            findings.add(Findings.error(RULE, "algorithm.details.model.crossBorderExplanation",
                    "rule.training.crossBorder",
                    context.isGenerativeSynthesis() ? Citations.TRAINING_DATA_SOURCES : null));
        }
        return findings;
    }
}
