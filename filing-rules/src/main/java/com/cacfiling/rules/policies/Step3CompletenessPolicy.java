package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.filing.Product;
import com.cacfiling.domain.filing.ProductsAndFunctions;
import com.cacfiling.domain.filing.SupportPlan;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.LegalBasis;
import com.cacfiling.rules.Regulation;

/** Step 3: at least one complete product for a provider; a complete support plan for a technical supporter. */
public final class Step3CompletenessPolicy implements CompletenessPolicy {

    @Override
    public String ruleCode() {
        return "STEP3_COMPLETE";
    }

    @Override
    public LegalBasis legalBasis() {
        return LegalBasis.of(Regulation.DEEP_SYNTHESIS_PROVISIONS, "第十九条");
    }

    @Override
    public List<RequiredField> requiredFields(FilingContext context) {
        List<RequiredField> fields = new ArrayList<>();
        if (context.filing().step3() instanceof ProductsAndFunctions products) {
                fields.add(RequiredField.of("step3.products", products.products()));
                for (int i = 0; i < products.products().size(); i++) {
                    Product product = products.products().get(i);
                    String path = "step3.products[" + i + "].";
                    fields.add(RequiredField.of(path + "name", product.name()));
                    fields.add(RequiredField.of(path + "form", product.form()));
                    fields.add(RequiredField.of(path + "accessAddress", product.accessAddress()));
                    fields.add(RequiredField.of(path + "functions", product.functions()));
                    fields.add(RequiredField.of(path + "userScale", product.userScale()));
                    fields.add(RequiredField.of(path + "launchDate", product.launchDate()));
                }
        }
        else if (context.filing().step3() instanceof SupportPlan plan) {
                fields.add(RequiredField.of("step3.deliveryModes", plan.deliveryModes()));
                fields.add(RequiredField.of("step3.customerTypes", plan.customerTypes()));
                fields.add(RequiredField.of("step3.accessControl", plan.accessControl()));
                fields.add(RequiredField.of("step3.customerFilingGuidance", plan.customerFilingGuidance()));
        }
        return fields;
    }
}
