package com.cacfiling.domain.identifiers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 统一社会信用代码: 18 characters from a 31-character alphabet, the last one a check code (GB 32100-2015).
 */
public record UnifiedSocialCreditCode(@JsonValue String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    static final String KEY = "identifier.creditCode.invalid";

    @JsonCreator
    public UnifiedSocialCreditCode {
        value = Values.compact(Values.require(value, KEY)).toUpperCase(java.util.Locale.ROOT);
        if (!isValid(value)) {
            throw new InvalidValueException(problem(value), value);
        }
    }

    /**
     * What is wrong with a code that is not valid, as a message key: its length, a character outside the alphabet,
     * or the check code (found in a walk: a 17-character code and a wrong check code read the same).
     */
    static String problem(String candidate) {
        if (candidate.length() != 18) {
            return KEY + ".length";
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return KEY + ".characters";
            }
        }
        return KEY + ".checkCode";
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(candidate.substring(0, 17)) == candidate.charAt(17);
    }

    /** The check character for the first 17 characters (which must come from the alphabet). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** Administrative division code of the registering authority (digits 3 to 8). */
    public String regionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
