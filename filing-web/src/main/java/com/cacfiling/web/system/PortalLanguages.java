package com.cacfiling.web.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The portal's two languages: Chinese, the default and the submission language, and English. A browser keeps its
 * choice in a cookie (before one, a visitor not signed in gets the one its Accept-Language prefers); a user's account
 * keeps the language they last chose, for what reaches them outside a browser (mails) and for their next sign-in on
 * another device.
 */
public final class PortalLanguages {

    public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    /** The browser's choice. */
    public static final String COOKIE = "FILING_LANG";

    /**
     * Where {@code lang} names a document's or the API's language, never the portal's: the algorithm filing's and the
     * large-model record's documents (found in a walk: a large-model document in English switched every page after it
     * to English, and the list exports too), and the API.
     */
    public static final String[] NOT_A_SWITCH = {"/filings/*/documents/**", "/model-filings/*/documents/**",
            "/api/**"};

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

    /**
     * The portal language a request's {@code lang} switches to (the browser's and a signed-in user's). None on the
     * error dispatch after a failed request: a page's {@code lang} was taken when the page itself was asked for, and
     * a document's or the API's {@code lang} is not the portal's at all (found in a walk: a refused document link
     * with {@code ?lang=en} switched the user's saved language, through the error page it ended on).
     */
    public static Optional<Locale> switchedBy(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR ? Optional.empty()
                : chosen(request.getParameter("lang"));
    }

    /**
     * The first of the portal's two languages an Accept-Language header names, in its order of preference (any
     * Chinese is the portal's Chinese); empty when it names neither, is missing or cannot be read.
     */
    public static Optional<Locale> namedIn(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            // Sorted by weight, highest first; a weight of 0 means "not this one".
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() == 0) {
                    continue;
                }
                String language = range.getRange().split("-", 2)[0];
                if (language.equals("zh")) {
                    return Optional.of(Locale.SIMPLIFIED_CHINESE);
                }
                if (language.equals("en")) {
                    return Optional.of(Locale.ENGLISH);
                }
            }
        }
        catch (IllegalArgumentException unreadable) {
            // A header that is not a language list names none, as a missing one.
        }
        return Optional.empty();
    }

    /** A stored language tag as one of the portal's languages; the default when none or another is stored. */
    public static Locale of(String storedTag) {
        return chosen(storedTag).orElse(DEFAULT);
    }
}
