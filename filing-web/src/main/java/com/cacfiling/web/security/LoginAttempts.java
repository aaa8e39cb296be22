package com.cacfiling.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Login throttling: after {@value #MAX_FAILURES} wrong passwords in a row an account is locked for
 * {@code LOCK} minutes; a successful login resets the count. Kept in memory (one portal instance).
 */
@Component
public class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private record Failures(int count, Instant lastAt) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Failures current = failures.get(key(username));
        if (current == null || current.count() < MAX_FAILURES) {
            return false;
        }
        if (current.lastAt().plus(LOCK).isBefore(clock.instant())) {
            failures.remove(key(username));
            return false;
        }
        return true;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        failures.merge(key(event.getAuthentication().getName()), new Failures(1, clock.instant()),
                (old, next) -> new Failures(old.count() + 1, next.lastAt()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
