package com.cacfiling.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** For the page header: the signed-in portal user of a request, or {@code null} for a visitor. */
@Component("signedInUser")
public class SignedInUser {

    public PortalUser of(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof PortalUser user ? user : null;
    }
}
