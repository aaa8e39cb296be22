package com.cacfiling.web.security;

import java.util.UUID;

import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserAccountRepository;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Service;

/**
 * Ends a user's browser sessions, e.g. when an administrator deactivates them, resets their password or changes their
 * role: their next request, on whichever portal node, is sent to the login page. The sessions live in PostgreSQL
 * (Spring Session JDBC) and are found by the user's name there, so a session that another node created ends as well.
 */
@Service
public class UserSessions {

    private final SessionRegistry registry;
    private final UserAccountRepository users;

    UserSessions(SessionRegistry registry, UserAccountRepository users) {
        this.registry = registry;
        this.users = users;
    }

    /** Expires every session of the user except {@code keepSessionId} (may be null); returns how many. */
    public int expire(UUID userId, String keepSessionId) {
        String username = users.findById(userId).map(UserAccount::getUsername).orElse(null);
        if (username == null) {
            return 0;
        }
        int expired = 0;
        // Spring Session's registry names a principal given as a string by that string: the session's principal name.
        for (SessionInformation session : registry.getAllSessions(username, false)) {
            if (!session.getSessionId().equals(keepSessionId)) {
                session.expireNow();
                expired++;
            }
        }
        return expired;
    }
}
