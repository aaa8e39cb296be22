package com.cacfiling.rules.policies;

import java.util.List;

import com.cacfiling.domain.algorithm.PublicDisclosure;
import com.cacfiling.domain.algorithm.SelfAssessment;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.LegalBasis;
import com.cacfiling.rules.Regulation;

/** What the self-assessment report and the public disclosure text need to be written. */
public final class SelfAssessmentCompletenessPolicy implements CompletenessPolicy {

    @Override
    public String ruleCode() {
        return "ASSESSMENT_COMPLETE";
    }

    @Override
    public LegalBasis legalBasis() {
        return LegalBasis.of(Regulation.ALGORITHM_RECOMMENDATION_PROVISIONS, "第二十四条");
    }

    @Override
    public List<RequiredField> requiredFields(FilingContext context) {
        SelfAssessment a = context.algorithm().assessment();
        PublicDisclosure d = context.algorithm().disclosure();
        return List.of(
                RequiredField.of("algorithm.assessment.flow", a.flow()),
                RequiredField.of("algorithm.assessment.scope", a.scope()),
                RequiredField.of("algorithm.assessment.servedUsers", a.servedUsers()),
                RequiredField.of("algorithm.assessment.userCount", a.userCount()),
                RequiredField.of("algorithm.assessment.socialImpact", a.socialImpact()),
                RequiredField.of("algorithm.assessment.softwareHardware", a.softwareHardware()),
                RequiredField.of("algorithm.assessment.deploymentLocation", a.deploymentLocation()),
                RequiredField.of("algorithm.assessment.risks", a.risks()),
                RequiredField.of("algorithm.assessment.assessmentDate", a.assessmentDate()),
                RequiredField.of("algorithm.assessment.reportDate", a.reportDate()),
                RequiredField.of("algorithm.assessment.conclusion", a.conclusion()),
                RequiredField.of("algorithm.disclosure.basicPrinciple", d.basicPrinciple()),
                RequiredField.of("algorithm.disclosure.operatingMechanism", d.operatingMechanism()),
                RequiredField.of("algorithm.disclosure.applicationScenarios", d.applicationScenarios()),
                RequiredField.of("algorithm.disclosure.purpose", d.purpose()));
    }
}
