package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.algorithm.RiskAssessment;
import com.cacfiling.domain.algorithm.SelfAssessment;
import com.cacfiling.domain.filing.Product;
import com.cacfiling.domain.filing.ProductsAndFunctions;
import com.cacfiling.domain.filing.SupportPlan;
import com.cacfiling.domain.identifiers.ZiLimitedText;
import com.cacfiling.rules.FilingContext;

/** The filer's narrative texts by field path: where names are mentioned and boilerplate hides. */
final class FreeTexts {

    private FreeTexts() {
    }

    static Map<String, String> of(FilingContext context) {
        Map<String, String> texts = new LinkedHashMap<>();
        AlgorithmProfile a = context.algorithm();
        put(texts, "algorithm.details.introduction", a.details().introduction());
        put(texts, "algorithm.details.riskPrevention.explanation", a.details().riskPrevention().explanation());
        put(texts, "algorithm.details.model.crossBorderExplanation", a.details().model().crossBorderExplanation());
        put(texts, "algorithm.details.model.personalInformationLegalBasis",
                a.details().model().personalInformationLegalBasis());
        SelfAssessment s = a.assessment();
        put(texts, "algorithm.assessment.scope", s.scope());
        put(texts, "algorithm.assessment.socialImpact", s.socialImpact());
        put(texts, "algorithm.assessment.dataDescription", s.dataDescription());
        put(texts, "algorithm.assessment.modelDescription", s.modelDescription());
        put(texts, "algorithm.assessment.interventionStrategy", s.interventionStrategy());
        put(texts, "algorithm.assessment.resultLabelling", s.resultLabelling());
        put(texts, "algorithm.assessment.conclusion", s.conclusion());
        List<RiskAssessment> risks = s.risks();
        for (int i = 0; i < risks.size(); i++) {
            put(texts, "algorithm.assessment.risks[" + i + "].description", risks.get(i).description());
        }
        put(texts, "algorithm.disclosure.basicPrinciple", a.disclosure().basicPrinciple());
        put(texts, "algorithm.disclosure.operatingMechanism", a.disclosure().operatingMechanism());
        put(texts, "algorithm.disclosure.applicationScenarios", a.disclosure().applicationScenarios());
        put(texts, "algorithm.disclosure.purpose", a.disclosure().purpose());
        put(texts, "entity.icp.relationExplanation", context.entity().icp().relationExplanation());
        if (context.filing().step3() instanceof ProductsAndFunctions products) {
            List<Product> list = new ArrayList<>(products.products());
            for (int i = 0; i < list.size(); i++) {
                put(texts, "step3.products[" + i + "].functions", list.get(i).functions());
                put(texts, "step3.products[" + i + "].introduction", list.get(i).introduction());
            }
        }
        else if (context.filing().step3() instanceof SupportPlan plan) {
            put(texts, "step3.customerDescription", plan.customerDescription());
            put(texts, "step3.accessControl", plan.accessControl());
            put(texts, "step3.customerFilingGuidance", plan.customerFilingGuidance());
        }
        return texts;
    }

    private static void put(Map<String, String> texts, String path, Object value) {
        String text = value instanceof ZiLimitedText zi ? zi.text() : (String) value;
        if (text != null && !text.isBlank()) {
            texts.put(path, text);
        }
    }
}
