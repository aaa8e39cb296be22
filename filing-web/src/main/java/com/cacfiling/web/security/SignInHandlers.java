package com.cacfiling.web.security;

import java.io.IOException;

import com.cacfiling.web.changelog.AuditEvent;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.user.UserAccountRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What happens around a sign-in: the throttle is asked before the password is checked, every outcome is
 * audited, and when an account starts being slowed down its user and the administrators are told. Wrong
 * passwords, unknown and deactivated accounts all get the same answer.
 */
@Component
class SignInHandlers {

    private static final Logger log = LoggerFactory.getLogger(SignInHandlers.class);

    private final LoginThrottle throttle;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;
    private final UserAccountRepository users;
    private final org.springframework.web.servlet.LocaleResolver localeResolver;
    private final com.cacfiling.web.user.UserLanguages languages;

    SignInHandlers(LoginThrottle throttle, ChangeLog changeLog, ApplicationEventPublisher events,
            UserAccountRepository users, org.springframework.web.servlet.LocaleResolver localeResolver,
            com.cacfiling.web.user.UserLanguages languages) {
        this.localeResolver = localeResolver;
        this.languages = languages;
        this.throttle = throttle;
        this.changeLog = changeLog;
        this.events = events;
        this.users = users;
    }

    /**
     * Runs before the form login filter: throttled attempts are answered without checking the password, and the
     * login page says which limit holds (the address is paused for a while; the account only waits a little).
     */
    OncePerRequestFilter throttleFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !("POST".equals(request.getMethod())
                        && "/login".equals(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo())));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                switch (throttle.verdict(request.getRemoteAddr(), request.getParameter("username"))) {
                    case ADDRESS_LOCKED -> {
                        response.sendRedirect(request.getContextPath() + "/login?locked" + continuing(request));
                        return;
                    }
                    case ACCOUNT_SLOWED -> {
                        response.sendRedirect(request.getContextPath() + "/login?throttled" + continuing(request));
                        return;
                    }
                    case ALLOWED -> {
                        // The password is checked by the form login filter.
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            if (exception instanceof InternalAuthenticationServiceException) {
                // The database did not answer: not the user's fault, and not a wrong password.
                log.warn("Sign-in could not be checked: {}", exception.getMessage());
                response.sendRedirect(request.getContextPath() + "/login?unavailable" + continuing(request));
                return;
            }
            recordFailure(request, exception);
            // The right password of a deactivated account (checked after the password: see portalAuthentication).
            String reason = exception instanceof org.springframework.security.authentication.DisabledException
                    ? "deactivated" : "error";
            // A language chosen on the login page stays chosen for the next attempt (see startInTheUsersLanguage).
            response.sendRedirect(request.getContextPath() + "/login?" + reason
                    + com.cacfiling.web.system.PortalLanguages.chosen(request.getParameter("lang"))
                            .map(language -> "&lang=" + language.toLanguageTag()).orElse("") + continuing(request));
        };
    }

    /** The page to open after the sign-in, kept for the next attempt ({@link ContinueAfterSignIn}); or nothing. */
    private static String continuing(HttpServletRequest request) {
        String page = ContinueAfterSignIn.followable(request.getParameter(ContinueAfterSignIn.PARAMETER));
        return page == null ? "" : "&" + ContinueAfterSignIn.PARAMETER + "="
                + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8);
    }

    SimpleUrlAuthenticationSuccessHandler successHandler() {
        SimpleUrlAuthenticationSuccessHandler handler = new SimpleUrlAuthenticationSuccessHandler("/") {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws IOException, ServletException {
                throttle.succeeded(authentication.getName());
                changeLog.record(AuditEvent.LOGIN_SUCCEEDED, null, authentication.getName(), null);
                // One read of the account for both: the language to start in, a password to change first.
                java.util.Optional<com.cacfiling.web.user.UserAccount> account =
                        users.findByUsernameIgnoreCase(authentication.getName());
                startInTheUsersLanguage(request, response, account);
                if (account.filter(com.cacfiling.web.user.UserAccount::isPasswordChangeRequired).isPresent()) {
                    PasswordChangeRequired.require(request);
                    clearAuthenticationAttributes(request);
                    response.sendRedirect(request.getContextPath() + PasswordChangeRequired.PROFILE);
                    return;
                }
                String asked = ContinueAfterSignIn.followable(request.getParameter(ContinueAfterSignIn.PARAMETER));
                if (asked != null) {
                    clearAuthenticationAttributes(request);
                    response.sendRedirect(request.getContextPath() + asked);
                    return;
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setAlwaysUseDefaultTargetUrl(true);
        return handler;
    }

    /**
     * A browser that has not chosen a language yet (a new device) starts in the one the user last chose; one that
     * has keeps its own.
     */
    private void startInTheUsersLanguage(HttpServletRequest request, HttpServletResponse response,
            java.util.Optional<com.cacfiling.web.user.UserAccount> signedIn) {
        // A language chosen on the login page itself (the form sends it) is the user's latest choice: kept on the
        // account as a choice on any page is. Found in a walk: English chosen there showed on the profile as the
        // account's language, but a sign-in on another device came back in Chinese.
        java.util.Optional<java.util.Locale> chosenHere = com.cacfiling.web.system.PortalLanguages.chosen(
                request.getParameter("lang"));
        if (chosenHere.isPresent()) {
            signedIn.ifPresent(account -> languages.remember(account.getUsername(), chosenHere.get()));
            return;
        }
        if (org.springframework.web.util.WebUtils.getCookie(request,
                com.cacfiling.web.system.PortalLanguages.COOKIE) != null) {
            return;
        }
        signedIn.filter(account -> account.getLanguage() != null)
                .ifPresent(account -> localeResolver.setLocale(request, response,
                        com.cacfiling.web.user.UserLanguages.of(account)));
    }

    private void recordFailure(HttpServletRequest request, AuthenticationException exception) {
        String username = LoginThrottle.normalise(request.getParameter("username"));
        boolean underAttack = throttle.failed(request.getRemoteAddr(), username);
        changeLog.record(AuditEvent.LOGIN_FAILED, null, username, exception.getClass().getSimpleName());
        if (underAttack) {
            users.findByUsernameIgnoreCase(username).ifPresent(account ->
                    events.publishEvent(new SignInAttackSuspected(account.getId(), account.getUsername())));
        }
    }
}
