package com.cacfiling.domain.identifiers;

/** Normalisation shared by the value objects: people paste identifiers with spaces and full-width characters. */
final class Values {

    private Values() {
    }

    static String require(String value, String messageKey) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(messageKey, value);
        }
        return value;
    }

    /** Removes all whitespace and turns full-width ASCII (ＡＢＣ１２３) into half-width. */
    static String compact(String value) {
        StringBuilder builder = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || cp == '\u3000' || cp == '\u00a0') {
                return;
            }
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp = cp - 0xFEE0;
            }
            builder.appendCodePoint(cp);
        });
        return builder.toString();
    }
}
