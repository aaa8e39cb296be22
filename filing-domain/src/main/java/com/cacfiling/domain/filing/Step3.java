package com.cacfiling.domain.filing;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The role-specific third step: a provider's products and functions, or a technical supporter's plan. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ProductsAndFunctions.class, name = "PRODUCTS"),
        @JsonSubTypes.Type(value = SupportPlan.class, name = "SUPPORT_PLAN")})
public sealed interface Step3 permits ProductsAndFunctions, SupportPlan {

    static Step3 emptyFor(FilingRole role) {
        return switch (role) {
            case SERVICE_PROVIDER -> new ProductsAndFunctions(null);
            case TECHNICAL_SUPPORTER -> SupportPlan.empty();
        };
    }

    FilingRole role();
}
