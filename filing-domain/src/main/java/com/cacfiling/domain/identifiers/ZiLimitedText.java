package com.cacfiling.domain.identifiers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A free text the CAC form limits to {@value #LIMIT} 字 (algorithm introduction, risk-prevention explanation).
 * A draft may run over the limit: the rules report it, so the filer sees the count instead of losing text.
 * The constructor only refuses what can never be submitted: control characters other than line breaks and tabs.
 */
public record ZiLimitedText(@JsonValue String text) {

    public static final int LIMIT = 200;
    static final String KEY = "identifier.text.invalid";

    @JsonCreator
    public ZiLimitedText {
        if (text == null) {
            throw new InvalidValueException(KEY, null);
        }
        text = text.strip().replace("\r\n", "\n");
        if (text.codePoints().anyMatch(cp -> Character.isISOControl(cp) && cp != '\n' && cp != '\t')) {
            throw new InvalidValueException(KEY, text);
        }
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    @Override
    public String toString() {
        return text;
    }
}
