package com.cacfiling.web.security;

import com.cacfiling.web.user.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final AccountsReady accountsReady;

    PortalUserDetailsService(UserAccountRepository users, AccountsReady accountsReady) {
        this.users = users;
        this.accountsReady = accountsReady;
    }

    /**
     * Usernames are compared trimmed and case-insensitively, as the throttle counts them. Not one transaction: a
     * sign-in during the start looks again in a new one once the start-up's accounts exist ({@link AccountsReady}).
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        String stripped = username == null ? "" : username.strip();
        if (stripped.isEmpty() || stripped.length() > LoginThrottle.MAX_USERNAME_LENGTH) {
            throw new UsernameNotFoundException("no such user");
        }
        return accountsReady.lookUp(() -> users.findByUsernameIgnoreCase(stripped).map(PortalUser::of))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
