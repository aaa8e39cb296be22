package com.cacfiling.domain.reference;

/** The option lists of the filing form; each name is the key of a list in the form-version data files. */
public enum OptionList {
    ALGORITHM_TYPES("algorithm-types"),
    APPLICATION_AREAS("application-areas"),
    USAGE_SCENARIOS("usage-scenarios"),
    MODALITIES("modalities"),
    OUTPUT_FORMATS("output-formats"),
    TRAINING_DATA_GENERATION("training-data-generation"),
    GENERATION_KINDS("generation-kinds"),
    CALCULATION_METHODS("calculation-methods"),
    USER_DATA_SECURITY("user-data-security"),
    REFUTATION_MECHANISMS("refutation-mechanisms"),
    HARMFUL_CONTENT_MECHANISMS("harmful-content-mechanisms"),
    PRODUCT_FORMS("product-forms"),
    DELIVERY_MODES("delivery-modes"),
    CUSTOMER_TYPES("customer-types"),
    ENTITY_TYPES("entity-types"),
    CERTIFICATE_TYPES("certificate-types");

    private final String key;

    OptionList(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
