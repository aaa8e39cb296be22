package com.cacfiling.domain.largemodel;

/**
 * The two ways a public generative-AI service is put on record with the CAC: the filing (备案) of a self-built or
 * fine-tuned model, and the registration (登记) of a service that only calls a model someone else has filed.
 */
public enum ModelFilingRoute {
    FILING,
    REGISTRATION
}
