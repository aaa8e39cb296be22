package com.cacfiling.web.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import com.cacfiling.web.token.ApiTokens;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Operations ({@code /actuator/**}, also when served on a management port): the health answers anybody (the load
     * balancer), with details and components only for administrators; everything else, Prometheus metrics included,
     * needs an administrator, signed in or with a personal access token (a scraper's {@code Bearer fpat_…}).
     * Unauthenticated calls get 401, other users 403; nothing here creates a session.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operationsSecurity(HttpSecurity http, ApiTokens tokens, SessionRegistry sessionRegistry)
            throws Exception {
        http
            .securityMatcher("/actuator/**")
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                    .permitAll()
                .anyRequest().hasRole("ADMIN"))
            .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), CsrfFilter.class)
            .csrf(csrf -> csrf
                .csrfTokenRepository(new CookieCsrfTokenRepository())
                .ignoringRequestMatchers(request ->
                    request.getAttribute(ApiTokenAuthenticationFilter.AUTHENTICATED_BY_TOKEN) != null))
            .requestCache(cache -> cache.requestCache(new NullRequestCache()))
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
            .addFilterAt(endedSessionsRefused(sessionRegistry),
                    org.springframework.security.web.session.ConcurrentSessionFilter.class)
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint((request, response, refused) -> askForToken(response)));
        return http.build();
    }

    /**
     * The REST API: a personal access token (Bearer) or the browser session; CSRF applies to session requests
     * only; unauthenticated calls get 401, calls outside the user's entitlement 404. Only the API's description
     * for people (Swagger UI), opened by a browser without a session, is sent to the sign-in.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, SessionRegistry sessionRegistry)
            throws Exception {
        http
            .securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
            .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
            // Before the CSRF check, so that only a request the token has authenticated skips it; any other
            // Authorization header (Basic …, a bogus Bearer) leaves a session request subject to CSRF.
            .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), CsrfFilter.class)
            .csrf(csrf -> csrf
                .csrfTokenRepository(new CookieCsrfTokenRepository())
                .ignoringRequestMatchers(request ->
                    request.getAttribute(ApiTokenAuthenticationFilter.AUTHENTICATED_BY_TOKEN) != null))
            .requestCache(cache -> cache.requestCache(new NullRequestCache()))
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
            .addFilterAt(endedSessionsRefused(sessionRegistry),
                    org.springframework.security.web.session.ConcurrentSessionFilter.class)
            .exceptionHandling(exceptions -> exceptions
                // Through the error page, which answers an API caller with a problem saying how to authenticate; a
                // person opening the API's description is asked to sign in, and continues to it.
                .authenticationEntryPoint((request, response, refused) -> {
                    if (ContinueAfterSignIn.isApiDescriptionPage(request)) {
                        response.sendRedirect(request.getContextPath() + ContinueAfterSignIn.loginForApiDescription());
                        return;
                    }
                    askForToken(response);
                })
                .accessDeniedHandler((request, response, denied) -> {
                    if (!(denied instanceof CsrfException)) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                        return;
                    }
                    // The CSRF check runs before authorization: a call with neither token nor session is refused
                    // here, and is told to authenticate (it got "you may not do this", found in a walk); a signed-in
                    // browser's call is told what it lacks.
                    var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                            .getAuthentication();
                    if (authentication == null || !authentication.isAuthenticated() || authentication instanceof
                            org.springframework.security.authentication.AnonymousAuthenticationToken) {
                        askForToken(response);
                        return;
                    }
                    request.setAttribute(com.cacfiling.web.system.PortalErrorController.API_WITHOUT_CSRF, true);
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                }));
        return http.build();
    }

    /**
     * A call without (valid) credentials is told the scheme to use (RFC 6750, section 3: no error code when none was
     * sent); a refused token's answer names the error (ApiTokenAuthenticationFilter).
     */
    private static void askForToken(HttpServletResponse response) throws java.io.IOException {
        if (!response.containsHeader(org.springframework.http.HttpHeaders.WWW_AUTHENTICATE)) {
            response.setHeader(org.springframework.http.HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"api\"");
        }
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http, SignInHandlers signIn, SessionRegistry sessionRegistry,
            com.cacfiling.web.user.UserAccountRepository users) throws Exception {
        http
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", "/invite/**", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .anyRequest().authenticated())
            .addFilterBefore(signIn.throttleFilter(), UsernamePasswordAuthenticationFilter.class)
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(signIn.successHandler())
                .failureHandler(signIn.failureHandler())
                .permitAll())
            .logout(logout -> logout
                .logoutUrl("/logout")
                .logoutSuccessUrl("/login?logout")
                .deleteCookies("FILING_SESSION"))
            // Anonymous visitors get no HTTP session: the CSRF token of the login form lives in a cookie, and
            // the page they asked for is not remembered (sign-in always lands on the start page anyway).
            .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
            .requestCache(cache -> cache.requestCache(new NullRequestCache()))
            // Outside their entitlement users get the same 404 as for a missing page, so nothing can be probed;
            // a missing or wrong CSRF token stays a 403.
            // A page asked for before signing in opens after it (ContinueAfterSignIn), not the start page.
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, refused) ->
                    response.sendRedirect(request.getContextPath() + ContinueAfterSignIn.loginFor(request, "/login")))
                .accessDeniedHandler((request, response, denied) -> {
                if (denied instanceof CsrfException) {
                    request.setAttribute(com.cacfiling.web.system.PortalErrorController.EXPIRED_FORM, true);
                }
                response.sendError(denied instanceof CsrfException ? HttpServletResponse.SC_FORBIDDEN
                        : HttpServletResponse.SC_NOT_FOUND);
            }))
            .sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                // Every session is registered, so that deactivating a user or changing their password ends
                // the sessions they have (see UserSessions).
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(event -> event.getResponse().sendRedirect(
                        event.getRequest().getContextPath() + endedSessionLogin(event, users))))
            .headers(headers -> headers
                // The review page previews the filing's PDFs in frames of the portal itself.
                .frameOptions(frame -> frame.sameOrigin())
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                        + "frame-src 'self'; object-src 'self'; frame-ancestors 'self'; form-action 'self'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * A browser session that an administrator ended (the user deactivated, given another role or company, or their
     * password reset) is refused here as on the pages: found in a review, the API and the operations endpoints still
     * served it with the user's old rights, only the pages' chain checked the registry. The answer is a 401 problem
     * saying the session has ended. The sessions themselves are registered at the sign-in, on the pages' chain: here
     * no authentication strategy runs, or a token's call, authenticated for itself alone, got a new session each
     * (found in a walk: every API call answered with a new session cookie, a row each in PostgreSQL).
     */
    private static org.springframework.security.web.session.ConcurrentSessionFilter endedSessionsRefused(
            SessionRegistry sessionRegistry) {
        return new org.springframework.security.web.session.ConcurrentSessionFilter(sessionRegistry, event -> {
            event.getRequest().setAttribute(com.cacfiling.web.system.PortalErrorController.API_TEXT,
                    "api.401.sessionEnded.text");
            if (ContinueAfterSignIn.isApiDescriptionPage(event.getRequest())) {
                event.getResponse().sendRedirect(event.getRequest().getContextPath()
                        + ContinueAfterSignIn.loginForApiDescription());
                return;
            }
            askForToken(event.getResponse());
        });
    }

    /**
     * Where an ended session's next request goes: a deactivated account's says so at once (found in a walk: it read
     * "your session has ended", and only a sign-in attempt told of the deactivation), and that the request, a typed
     * change with it, was not carried out; any other ended session (a reset password, a new role) signs in again.
     */
    private static String endedSessionLogin(org.springframework.security.web.session.SessionInformationExpiredEvent event,
            com.cacfiling.web.user.UserAccountRepository users) {
        // Spring Session's registry names the principal by its name.
        Object principal = event.getSessionInformation().getPrincipal();
        String username = principal instanceof org.springframework.security.core.userdetails.UserDetails details
                ? details.getUsername() : String.valueOf(principal);
        boolean deactivated = users.findByUsernameIgnoreCase(username).map(account -> !account.isEnabled())
                .orElse(false);
        return deactivated ? "/login?accountDeactivated"
                : ContinueAfterSignIn.loginFor(event.getRequest(), "/login?expired");
    }

    /**
     * The sessions as Spring Session keeps them in PostgreSQL, indexed by the user's name: every node sees every
     * session, and an expired one is refused on every node (ConcurrentSessionFilter asks this registry).
     */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /**
     * No observation of Spring Security's own steps: with one it wraps each of its filters (and sign-ins and
     * authorization decisions) on every request. The request as a whole is still observed (http.server.requests).
     */
    @Bean
    static org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    /** BCrypt by default, and still able to read any older hash format ({@code {id}} prefix). */
    /**
     * The form login's check of username and password. A deactivated account is told so (not "wrong password", which
     * sent such users to ask for resets, found in a walk), but only once the password was right: checked before it,
     * as by default, the answer would tell anyone guessing that the username exists.
     */
    @Bean
    org.springframework.security.authentication.dao.DaoAuthenticationProvider portalAuthentication(
            PortalUserDetailsService users, PasswordEncoder passwords) {
        var provider = new org.springframework.security.authentication.dao.DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new org.springframework.security.authentication.LockedException("locked");
            }
            if (!user.isAccountNonExpired()) {
                throw new org.springframework.security.authentication.AccountExpiredException("expired");
            }
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new org.springframework.security.authentication.DisabledException("deactivated");
            }
            if (!user.isCredentialsNonExpired()) {
                throw new org.springframework.security.authentication.CredentialsExpiredException("expired");
            }
        });
        return provider;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
