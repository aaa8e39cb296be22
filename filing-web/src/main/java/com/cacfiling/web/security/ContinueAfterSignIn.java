package com.cacfiling.web.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The page a visitor asked for before signing in, carried in the login page's address ({@code continue}) rather
 * than in a session (anonymous visitors get none): a link from an e-mail or a bookmark, or a step page whose unsaved
 * typing the browser kept, opens after the sign-in instead of the start page. Only a path of this portal is ever
 * followed, never another site.
 */
final class ContinueAfterSignIn {

    static final String PARAMETER = "continue";

    private static final int MAX_LENGTH = 2000;
    /**
     * Not pages: the sign-in itself, errors, and what answers a program (the API, operations, the description's JSON
     * and the Swagger UI's files). The description's page for people is followed ({@link #API_DESCRIPTION_PAGE}).
     */
    private static final List<String> NOT_FOLLOWED = List.of("/login", "/logout", "/error", "/invite", "/api",
            "/actuator", "/v3", "/swagger-ui");
    /** The API's description for people (Swagger UI): a page, reached through the sign-in like any other. */
    static final String API_DESCRIPTION_PAGE = "/swagger-ui.html";

    private ContinueAfterSignIn() {
    }

    /**
     * The login page's address for {@code base} ({@code /login} or {@code /login?expired}), naming the page asked
     * for when it is one to continue to: a page, not an action, a file or a call of the page's own scripts.
     */
    static String loginFor(HttpServletRequest request, String base) {
        if (!"GET".equals(request.getMethod())) {
            return base;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String asked = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        String page = followable(asked);
        if (page == null || page.equals("/") || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            return base;
        }
        return base + (base.contains("?") ? "&" : "?") + PARAMETER + "="
                + URLEncoder.encode(page, StandardCharsets.UTF_8);
    }

    /**
     * The API description's pages asked for by a browser without a session: the login page, continuing to the
     * description (found in a walk: a bare 401 with no way to sign in).
     */
    static boolean isApiDescriptionPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && request.getHeader("Authorization") == null
                && (path.equals(API_DESCRIPTION_PAGE) || path.startsWith("/swagger-ui/"));
    }

    static String loginForApiDescription() {
        return "/login?" + PARAMETER + "=" + URLEncoder.encode(API_DESCRIPTION_PAGE, StandardCharsets.UTF_8);
    }

    /** {@code candidate} if it is a path of this portal to continue to; otherwise null (the start page). */
    static String followable(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || candidate.charAt(0) != '/') {
            return null;
        }
        // "//host" and "/\host" are read by browsers as another site.
        if (candidate.length() > 1 && (candidate.charAt(1) == '/' || candidate.charAt(1) == '\\')) {
            return null;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c)) {
                return null;
            }
        }
        // The path without its query and fragment ("#field-algorithm.name" names a field, not a file).
        int end = candidate.length();
        for (char delimiter : new char[] {'?', '#'}) {
            if (candidate.indexOf(delimiter) >= 0) {
                end = Math.min(end, candidate.indexOf(delimiter));
            }
        }
        String path = candidate.substring(0, end);
        // The description's page itself, without a query; its part after '#' names an operation (#/Filings/create).
        if (path.equals(API_DESCRIPTION_PAGE)) {
            return candidate.indexOf('?') < 0 ? candidate : null;
        }
        for (String notFollowed : NOT_FOLLOWED) {
            if (path.equals(notFollowed) || path.startsWith(notFollowed + "/")) {
                return null;
            }
        }
        // Found in a walk: "/..", an encoded slash or line break led to an error page after a good sign-in; a file
        // (an export, a document) downloaded and left the login form on screen. Neither is a page to land on.
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("/.") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e")
                || lower.matches(".*%[01][0-9a-f].*") || lower.contains("%7f") || lower.contains(";")
                || path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            return null;
        }
        return candidate;
    }
}
