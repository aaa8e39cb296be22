package com.cacfiling.web.security;

import java.io.IOException;

import com.cacfiling.web.token.ApiTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer fpat_…} as the token's user, for this
 * request only (no session). A wrong, revoked or expired token answers 401 (an expired one says so); a read-only
 * token's request that would change something answers 403, before it reaches a controller.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    /** Set on requests authenticated by a valid token: only these are exempt from CSRF checks. */
    static final String AUTHENTICATED_BY_TOKEN = ApiTokenAuthenticationFilter.class.getName() + ".AUTHENTICATED";

    private final ApiTokens tokens;

    ApiTokenAuthenticationFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        // The scheme's name is case-insensitive (RFC 9110): "bearer" is a Bearer token too.
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).strip();
        var bearer = tokens.bearer(token);
        if (bearer.isEmpty()) {
            if (tokens.expired(token)) {
                request.setAttribute(com.cacfiling.web.system.PortalErrorController.API_TEXT,
                        "api.401.tokenExpired.text");
            }
            else if (tokens.revoked(token)) {
                // Found in a walk: a token an administrator revoked was told "missing, revoked, expired or unknown".
                request.setAttribute(com.cacfiling.web.system.PortalErrorController.API_TEXT,
                        "api.401.tokenRevoked.text");
            }
            else {
                request.setAttribute(com.cacfiling.web.system.PortalErrorController.API_TEXT,
                        "api.401.tokenUnknown.text");
            }
            // RFC 6750: a refused bearer token is answered with the scheme and why.
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (!bearer.get().access().allows(request.getMethod())) {
            request.setAttribute(com.cacfiling.web.system.PortalErrorController.API_TEXT,
                    "api.403.readOnlyToken.text");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var user = bearer.map(authenticated -> PortalUser.of(authenticated.user()));
        // What this request changes is logged as made through the API with this token.
        request.setAttribute(com.cacfiling.web.changelog.ChangeLog.API_TOKEN, bearer.get().tokenName());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.setAttribute(AUTHENTICATED_BY_TOKEN, Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }
}
