package com.cacfiling.web.system;

import java.util.Locale;

/** The REST API speaks the language of Accept-Language: English when it asks for it, else Chinese. */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
