package com.cacfiling.web.security;

import com.cacfiling.web.user.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    PortalUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    /** Usernames are compared trimmed and case-insensitively, as the throttle counts them. */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String stripped = username == null ? "" : username.strip();
        if (stripped.isEmpty() || stripped.length() > LoginThrottle.MAX_USERNAME_LENGTH) {
            throw new UsernameNotFoundException("no such user");
        }
        return users.findByUsernameIgnoreCase(stripped).map(PortalUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
