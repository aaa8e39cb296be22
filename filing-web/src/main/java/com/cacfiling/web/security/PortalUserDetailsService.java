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
    private final LoginAttempts attempts;

    PortalUserDetailsService(UserAccountRepository users, LoginAttempts attempts) {
        this.users = users;
        this.attempts = attempts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username)
                .map(account -> PortalUser.of(account).locked(attempts.isLocked(username)))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
