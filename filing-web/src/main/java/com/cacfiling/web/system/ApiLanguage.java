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
        return PortalLanguages.namedIn(acceptLanguage).orElse(Locale.ENGLISH);
    }
}
