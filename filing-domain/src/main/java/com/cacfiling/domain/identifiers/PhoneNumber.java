package com.cacfiling.domain.identifiers;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A mainland China phone number: a mobile number (1[3-9] + 9 digits) or a landline with area code. */
public record PhoneNumber(@JsonValue String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(?:-\\d{1,6})?");
    static final String KEY = "identifier.phone.invalid";

    @JsonCreator
    public PhoneNumber {
        value = Values.compact(Values.require(value, KEY));
        if (value.startsWith("+86")) {
            value = value.substring(3).replaceFirst("^-", "");
        }
        if (!MOBILE.matcher(value).matches() && !LANDLINE.matcher(value).matches()) {
            throw new InvalidValueException(KEY, value);
        }
    }

    public static boolean isMobile(String candidate) {
        return candidate != null && MOBILE.matcher(candidate).matches();
    }

    public boolean isMobile() {
        return isMobile(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
