package com.cacfiling.domain.identifiers;

/**
 * A value that cannot be what its type says it is. Carries a message key (resolved in the bundles of the layer
 * that shows it) rather than display text.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String messageKey;
    private final String value;

    public InvalidValueException(String messageKey, String value) {
        super(messageKey + ": '" + value + "'");
        this.messageKey = messageKey;
        this.value = value;
    }

    public String messageKey() {
        return messageKey;
    }

    public String value() {
        return value;
    }
}
