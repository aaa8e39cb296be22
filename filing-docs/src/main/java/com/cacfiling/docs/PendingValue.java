package com.cacfiling.docs;

import java.util.Locale;

/**
 * A value typed into a field that is not valid yet: kept as typed, outside the answers the documents print. The
 * portal words why in both document languages (its own messages), so the findings file says what its page says
 * ("not a valid unified social credit code") instead of the rules' "required" about the empty answer.
 */
public record PendingValue(String fieldPath, String messageZh, String messageEn) {

    public String message(Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn : messageZh;
    }
}
