package com.cacfiling.domain.identifiers;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A mainland Chinese postal code (邮政编码): six digits. */
public record PostalCode(@JsonValue String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
    static final String KEY = "identifier.postalCode.invalid";

    @JsonCreator
    public PostalCode {
        value = Values.require(value, KEY).strip();
        if (!SIX_DIGITS.matcher(value).matches()) {
            throw new InvalidValueException(KEY, value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
