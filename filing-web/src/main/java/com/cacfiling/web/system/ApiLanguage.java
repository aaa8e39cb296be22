package com.cacfiling.web.system;

import java.util.Locale;

/**
 * The one language policy of the REST API: the first of the portal's two languages that Accept-Language names, in
 * its order of preference; English when it names neither or is missing (a script has no cookie, and its findings
 * came back in Chinese, found in a walk). The problem details and the texts of every resource follow it, so one
 * answer never mixes two languages.
 */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            // Sorted by weight, highest first; a weight of 0 means "not this one".
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() == 0) {
                    continue;
                }
                String language = range.getRange().split("-", 2)[0];
                if (language.equals("zh")) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if (language.equals("en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        catch (IllegalArgumentException unreadable) {
            // A header that is not a language list gets the default, as a missing one does.
        }
        return Locale.ENGLISH;
    }
}
