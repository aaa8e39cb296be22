package com.cacfiling.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * After an administrator's password reset the user's first sign-in leads to the profile's password form, and every
 * other page leads back to it until the password is changed: the reset password is one somebody else has seen. The
 * mark lives in the session (set at the sign-in, removed by the change), so the pages pay no statement for it.
 */
public final class PasswordChangeRequired implements HandlerInterceptor {

    public static final String SESSION_ATTRIBUTE = PasswordChangeRequired.class.getName();
    public static final String PROFILE = "/profile?passwordChangeRequired#password-form";

    /**
     * Paths that stay open meanwhile: the profile with its password, zone and language (not its tokens), signing
     * out, errors, static files. The API is not open to such a session (found in a review: a browser signed in with
     * the administrator's one-time password could use all of it); a token's calls have no session and are not
     * concerned.
     */
    public static final String[] OPEN = {"/profile", "/profile/password", "/profile/zone", "/profile/language",
            "/logout", "/login", "/error", "/css/**", "/js/**", "/favicon.ico", "/invite/**", "/actuator/**"};

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!isRequired(request.getSession(false))) {
            return true;
        }
        if (com.cacfiling.web.system.Problems.isApi(request)) {
            request.setAttribute(com.cacfiling.web.system.PortalErrorController.API_TEXT,
                    "api.403.passwordChange.text");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        response.sendRedirect(request.getContextPath() + PROFILE);
        return false;
    }

    /** Whether the session still has the password to change (the profile says why it was led there). */
    public static boolean isRequired(HttpSession session) {
        return session != null && session.getAttribute(SESSION_ATTRIBUTE) != null;
    }

    public static void require(HttpServletRequest request) {
        request.getSession().setAttribute(SESSION_ATTRIBUTE, Boolean.TRUE);
    }

    public static void done(HttpSession session) {
        if (isRequired(session)) {
            session.removeAttribute(SESSION_ATTRIBUTE);
        }
    }
}
