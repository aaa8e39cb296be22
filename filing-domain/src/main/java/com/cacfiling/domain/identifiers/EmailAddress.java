package com.cacfiling.domain.identifiers;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An e-mail address as filers enter it: local part, one @, a domain with a dot. */
public record EmailAddress(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}");
    static final String KEY = "identifier.email.invalid";

    @JsonCreator
    public EmailAddress {
        value = Values.require(value, KEY).strip();
        if (value.length() > 254 || !SHAPE.matcher(value).matches() || value.contains("..")) {
            throw new InvalidValueException(KEY, value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
