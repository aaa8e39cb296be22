package com.cacfiling.domain.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 居民身份证号码: 17 digits (region, birth date, sequence) and a check character 0–9 or X (GB 11643-1999).
 * Personal data: shown masked outside the form that edits it.
 */
public record ResidentIdNumber(@JsonValue String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    static final String KEY = "identifier.residentId.invalid";

    @JsonCreator
    public ResidentIdNumber {
        value = Values.compact(Values.require(value, KEY)).toUpperCase(Locale.ROOT);
        if (!isValid(value)) {
            throw new InvalidValueException(KEY, value);
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || !candidate.matches("\\d{17}[0-9X]")) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(candidate.substring(6, 10)), Integer.parseInt(candidate.substring(10, 12)),
                    Integer.parseInt(candidate.substring(12, 14)));
        }
        catch (DateTimeException ex) {
            return false;
        }
        return checkCharacter(candidate.substring(0, 17)) == candidate.charAt(17);
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** 110105********123X: enough to recognise, not enough to misuse. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
