package com.cacfiling.web.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's two languages: Chinese, the default and the submission language, and English. A browser keeps its
 * choice in a cookie; a user's account keeps the language they last chose, for what reaches them outside a browser
 * (mails) and for their next sign-in on another device.
 */
public final class PortalLanguages {

    public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    /** The browser's choice. */
    public static final String COOKIE = "FILING_LANG";

    private PortalLanguages() {
    }

    /** The language a {@code lang} value names ("zh-CN", "zh_CN", "en", any case); empty for anything else. */
    public static Optional<Locale> chosen(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String tag = value.replace('_', '-');
        return SUPPORTED.stream().filter(locale -> locale.toLanguageTag().equalsIgnoreCase(tag)
                || locale.getLanguage().equalsIgnoreCase(tag)).findFirst();
    }

    /** A stored language tag as one of the portal's languages; the default when none or another is stored. */
    public static Locale of(String storedTag) {
        return chosen(storedTag).orElse(DEFAULT);
    }
}
