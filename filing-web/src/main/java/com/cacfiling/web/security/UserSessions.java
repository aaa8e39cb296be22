package com.cacfiling.web.security;

import java.util.UUID;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Service;

/**
 * Ends a user's browser sessions, e.g. when an administrator deactivates them or resets their password: their
 * next request is sent to the login page.
 */
@Service
public class UserSessions {

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Expires every session of the user except {@code keepSessionId} (may be null); returns how many. */
    public int expire(UUID userId, String keepSessionId) {
        int expired = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof PortalUser user && user.id().equals(userId)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                        expired++;
                    }
                }
            }
        }
        return expired;
    }
}
