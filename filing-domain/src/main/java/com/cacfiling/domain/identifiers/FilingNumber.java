package com.cacfiling.domain.identifiers;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The CAC algorithm filing number: {@code 网信算备} + 21 digits + {@code 号}, as published on product sites
 * (e.g. 网信算备110108823483901230031号). The reading of the digits is inferred from public examples, not an
 * official specification: 6-digit area, 7-digit entity, 2-digit algorithm sequence, 2-digit year, 4-digit serial.
 */
public record FilingNumber(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile("网信算备\\d{21}号");
    static final String KEY = "identifier.filingNumber.invalid";

    @JsonCreator
    public FilingNumber {
        value = Values.compact(Values.require(value, KEY));
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException(KEY, value);
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }

    private String digits() {
        return value.substring(4, 25);
    }

    public String areaCode() {
        return digits().substring(0, 6);
    }

    public String entityCode() {
        return digits().substring(6, 13);
    }

    public String algorithmSequence() {
        return digits().substring(13, 15);
    }

    /** Two-digit year of the filing, e.g. 23 for 2023. */
    public int year() {
        return 2000 + Integer.parseInt(digits().substring(15, 17));
    }

    public String serial() {
        return digits().substring(17, 21);
    }

    @Override
    public String toString() {
        return value;
    }
}
