package com.cacfiling.rules;

import java.util.List;
import java.util.Objects;

/**
 * What a rule found: its code, severity, the field it concerns (a dossier path such as
 * {@code algorithm.details.introduction} or {@code step3.products[0].accessAddress}, so the wizard can jump there),
 * a message key with arguments for the bundles, and the legal basis where one exists.
 */
public record Finding(String ruleCode, Severity severity, String fieldPath, String messageKey, List<Object> arguments,
        LegalBasis legalBasis) {

    public Finding {
        Objects.requireNonNull(ruleCode, "ruleCode");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(fieldPath, "fieldPath");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public WizardStep step() {
        return WizardStep.of(fieldPath);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
