package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.filing.Product;
import com.cacfiling.domain.filing.ProductsAndFunctions;
import com.cacfiling.domain.filing.SupportPlan;
import com.cacfiling.domain.reference.FormVersion;
import com.cacfiling.domain.reference.OptionList;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;

/** Every chosen option is a code of the form version the filing was prepared against. */
public final class KnownCodesPolicy implements FilingPolicy {

    static final String RULE = "KNOWN_CODES";

    @Override
    public List<Finding> check(FilingContext context) {
        if (context.formVersion().isEmpty()) {
            return List.of(Findings.error(RULE, "filing.formVersion", "rule.formVersion.unknown", null,
                    context.filing().formVersion()));
        }
        FormVersion form = context.formVersion().get();
        List<Finding> findings = new ArrayList<>();
        AlgorithmProfile a = context.algorithm();
        one(findings, form, OptionList.ENTITY_TYPES, "entity.entityType", context.entity().entityType());
        one(findings, form, OptionList.CERTIFICATE_TYPES, "entity.certificateType", context.entity().certificateType());
        one(findings, form, OptionList.ALGORITHM_TYPES, "algorithm.basics.algorithmType", a.basics().algorithmType());
        all(findings, form, OptionList.APPLICATION_AREAS, "algorithm.basics.applicationAreas",
                a.basics().applicationAreas());
        all(findings, form, OptionList.USAGE_SCENARIOS, "algorithm.details.usageScenario", a.details().usageScenario());
        all(findings, form, OptionList.MODALITIES, "algorithm.details.data.inputModalities",
                a.details().data().inputModalities());
        all(findings, form, OptionList.MODALITIES, "algorithm.details.data.outputModalities",
                a.details().data().outputModalities());
        all(findings, form, OptionList.OUTPUT_FORMATS, "algorithm.details.data.outputFormats",
                a.details().data().outputFormats());
        one(findings, form, OptionList.TRAINING_DATA_GENERATION, "algorithm.details.model.trainingDataGeneration",
                a.details().model().trainingDataGeneration());
        all(findings, form, OptionList.GENERATION_KINDS, "algorithm.details.model.generativeAlgorithmType",
                a.details().model().generativeAlgorithmType());
        one(findings, form, OptionList.CALCULATION_METHODS, "algorithm.details.model.calculationMethod",
                a.details().model().calculationMethod());
        one(findings, form, OptionList.USER_DATA_SECURITY, "algorithm.details.riskPrevention.userDataSecurity",
                a.details().riskPrevention().userDataSecurity());
        one(findings, form, OptionList.REFUTATION_MECHANISMS, "algorithm.details.riskPrevention.refutationMechanism",
                a.details().riskPrevention().refutationMechanism());
        one(findings, form, OptionList.HARMFUL_CONTENT_MECHANISMS,
                "algorithm.details.riskPrevention.harmfulContentMechanism",
                a.details().riskPrevention().harmfulContentMechanism());
        if (context.filing().step3() instanceof ProductsAndFunctions products) {
            for (int i = 0; i < products.products().size(); i++) {
                Product product = products.products().get(i);
                one(findings, form, OptionList.PRODUCT_FORMS, "step3.products[" + i + "].form", product.form());
            }
        }
        else if (context.filing().step3() instanceof SupportPlan plan) {
            all(findings, form, OptionList.DELIVERY_MODES, "step3.deliveryModes", plan.deliveryModes());
            all(findings, form, OptionList.CUSTOMER_TYPES, "step3.customerTypes", plan.customerTypes());
        }
        return findings;
    }

    private static void one(List<Finding> findings, FormVersion form, OptionList list, String path, String code) {
        if (code != null && !form.contains(list, code)) {
            findings.add(Findings.error(RULE, path, "rule.code.unknown", null, code, form.formVersion()));
        }
    }

    private static void all(List<Finding> findings, FormVersion form, OptionList list, String path,
            List<String> codes) {
        codes.forEach(code -> one(findings, form, list, path, code));
    }
}
