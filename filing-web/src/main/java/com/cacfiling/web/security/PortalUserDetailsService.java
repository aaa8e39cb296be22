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

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username)
                .map(PortalUser::of)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
