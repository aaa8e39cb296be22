package com.cacfiling.web.security;

import java.security.SecureRandom;
import java.util.Base64;

import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserAccountRepository;
import com.cacfiling.web.user.UserRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On the first start (no administrator yet) creates one: with the configured password, or with a generated
 * one-time password printed once to the log. There is no built-in default password.
 */
@Component
@Order(1)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;

    AdminBootstrap(UserAccountRepository users, PasswordEncoder passwordEncoder,
            @Value("${filing.admin.username:admin}") String username,
            @Value("${filing.admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsByRole(UserRole.ADMIN)) {
            return;
        }
        boolean generated = !StringUtils.hasText(password);
        String initialPassword = generated ? generatePassword() : password;
        users.save(UserAccount.admin(username, passwordEncoder.encode(initialPassword), "Administrator"));
        if (generated) {
            log.warn("""

                    ==============================================================
                     First start: created administrator '{}' with the one-time
                     password  {}
                     Sign in and change it; it is not shown again.
                    ==============================================================""", username, initialPassword);
        }
        else {
            log.info("First start: created administrator '{}' with the configured password", username);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
