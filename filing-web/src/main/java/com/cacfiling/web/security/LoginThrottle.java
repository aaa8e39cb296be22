package com.cacfiling.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Sign-in throttling per client address and per account, kept in memory with bounded, evicting caches (one
 * portal instance). An address that fails too often is refused for a while (it is the attacker's); an account
 * that fails too often is only slowed down, with a delay that grows with every further failure, so that an
 * attacker elsewhere cannot lock its real user out. The same applies to unknown usernames, so the answers do
 * not tell which accounts exist.
 */
@Component
public class LoginThrottle {

    /** Longer usernames do not exist; keys are cut to this length so that huge inputs cost no memory. */
    public static final int MAX_USERNAME_LENGTH = 100;
    static final int FREE_ACCOUNT_FAILURES = 5;
    static final Duration MAX_ACCOUNT_DELAY = Duration.ofMinutes(1);
    static final int MAX_ADDRESS_FAILURES = 30;
    static final Duration ADDRESS_BLOCK = Duration.ofMinutes(15);
    static final long MAX_ENTRIES = 10_000;

    private record Failures(int count, Instant lastAt) {

        Failures plusOne(Instant now) {
            return new Failures(count + 1, now);
        }
    }

    private final Cache<String, Failures> byAccount = Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
            .expireAfterWrite(Duration.ofHours(1)).build();
    private final Cache<String, Failures> byAddress = Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
            .expireAfterWrite(ADDRESS_BLOCK).build();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Trimmed, lower-case and at most {@value #MAX_USERNAME_LENGTH} characters: how usernames are compared. */
    public static String normalise(String username) {
        if (username == null) {
            return "";
        }
        String stripped = username.strip();
        if (stripped.length() > MAX_USERNAME_LENGTH) {
            stripped = stripped.substring(0, MAX_USERNAME_LENGTH);
        }
        return stripped.toLowerCase(Locale.ROOT);
    }

    /** Whether an attempt from this address for this username may be checked now. */
    public boolean allows(String address, String username) {
        Instant now = clock.instant();
        Failures fromAddress = byAddress.getIfPresent(addressKey(address));
        if (fromAddress != null && fromAddress.count() >= MAX_ADDRESS_FAILURES
                && now.isBefore(fromAddress.lastAt().plus(ADDRESS_BLOCK))) {
            return false;
        }
        Failures ofAccount = byAccount.getIfPresent(normalise(username));
        return ofAccount == null || !now.isBefore(ofAccount.lastAt().plus(delayAfter(ofAccount.count())));
    }

    /**
     * Counts a wrong password; returns true exactly when the account has just reached the number of failures
     * from which it is slowed down, the moment to tell its user and the administrators.
     */
    public boolean failed(String address, String username) {
        Instant now = clock.instant();
        byAddress.asMap().merge(addressKey(address), new Failures(1, now), (old, next) -> old.plusOne(now));
        Failures account = byAccount.asMap().merge(normalise(username), new Failures(1, now),
                (old, next) -> old.plusOne(now));
        return account.count() == FREE_ACCOUNT_FAILURES;
    }

    /**
     * A correct password ends the account's slow-down. The address keeps its count: an attacker who owns one
     * account must not be able to clear it by signing in to that account now and then.
     */
    public void succeeded(String username) {
        byAccount.invalidate(normalise(username));
    }

    /** No delay for the first failures, then 1 s, 2 s, 4 s … up to {@link #MAX_ACCOUNT_DELAY}. */
    static Duration delayAfter(int failures) {
        if (failures < FREE_ACCOUNT_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_ACCOUNT_FAILURES, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(MAX_ACCOUNT_DELAY) > 0 ? MAX_ACCOUNT_DELAY : delay;
    }

    long trackedAccounts() {
        byAccount.cleanUp();
        return byAccount.estimatedSize();
    }

    /** The longest account key held, to show that huge usernames are not kept. */
    int longestAccountKey() {
        return byAccount.asMap().keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private static String addressKey(String address) {
        return address == null ? "" : address.length() > 64 ? address.substring(0, 64) : address;
    }
}
