package com.cacfiling.web.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sign-in throttling per client address and per account, kept in PostgreSQL (table {@code login_throttle}) so that
 * every portal node counts the same failures: an attacker who spreads attempts over the nodes behind a load balancer
 * gets no more tries than against one. An address that fails too often is refused for a while (it is the attacker's);
 * an account that fails too often is only slowed down, with a delay that grows with every further failure, so that
 * an attacker elsewhere cannot lock its real user out. The same applies to unknown usernames, so the answers do not
 * tell which accounts exist. A failure is counted with one atomic upsert, so two nodes never lose each other's count.
 */
@Component
public class LoginThrottle {

    /** Longer usernames do not exist; keys are cut to this length so that huge inputs cost no storage. */
    public static final int MAX_USERNAME_LENGTH = 100;
    static final int MAX_ADDRESS_LENGTH = 64;
    static final int FREE_ACCOUNT_FAILURES = 5;
    static final Duration MAX_ACCOUNT_DELAY = Duration.ofMinutes(1);
    /** An account's failures are forgotten after this long without a new one. */
    static final Duration ACCOUNT_MEMORY = Duration.ofHours(1);
    static final int MAX_ADDRESS_FAILURES = 30;
    static final Duration ADDRESS_BLOCK = Duration.ofMinutes(15);

    private static final String ADDRESS = "ADDRESS";
    private static final String ACCOUNT = "ACCOUNT";

    /** What the throttle says about an attempt, so that the login page can tell the user which limit applies. */
    public enum Verdict {
        /** The password may be checked. */
        ALLOWED,
        /** Too many wrong passwords from this client address: refused for {@link #ADDRESS_BLOCK}. */
        ADDRESS_LOCKED,
        /** Too many wrong passwords for this username: the next attempt is possible after a short delay. */
        ACCOUNT_SLOWED
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
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
        return verdict(address, username) == Verdict.ALLOWED;
    }

    /** Whether an attempt from this address for this username may be checked now, and if not, which limit holds. */
    public Verdict verdict(String address, String username) {
        Instant now = clock.instant();
        Failures fromAddress = read(ADDRESS, addressKey(address), now.minus(ADDRESS_BLOCK));
        if (fromAddress != null && fromAddress.count() >= MAX_ADDRESS_FAILURES) {
            return Verdict.ADDRESS_LOCKED;
        }
        Failures ofAccount = read(ACCOUNT, normalise(username), now.minus(ACCOUNT_MEMORY));
        if (ofAccount != null && now.isBefore(ofAccount.lastAt().plus(delayAfter(ofAccount.count())))) {
            return Verdict.ACCOUNT_SLOWED;
        }
        return Verdict.ALLOWED;
    }

    /**
     * Counts a wrong password; returns true exactly when the account has just reached the number of failures
     * from which it is slowed down, the moment to tell its user and the administrators.
     */
    public boolean failed(String address, String username) {
        Instant now = clock.instant();
        count(ADDRESS, addressKey(address), now, ADDRESS_BLOCK);
        return count(ACCOUNT, normalise(username), now, ACCOUNT_MEMORY) == FREE_ACCOUNT_FAILURES;
    }

    /**
     * A correct password ends the account's slow-down. The address keeps its count: an attacker who owns one
     * account must not be able to clear it by signing in to that account now and then.
     */
    public void succeeded(String username) {
        jdbc.update("delete from login_throttle where scope = ? and subject = ?", ACCOUNT, normalise(username));
    }

    /** Deletes what no longer counts (housekeeping); returns how many rows went. */
    public int forgetExpired() {
        Instant now = clock.instant();
        return jdbc.update("""
                delete from login_throttle
                where (scope = ? and last_failure_at < ?) or (scope = ? and last_failure_at < ?)""",
                ADDRESS, Timestamp.from(now.minus(ADDRESS_BLOCK)), ACCOUNT, Timestamp.from(now.minus(ACCOUNT_MEMORY)));
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

    private record Failures(int count, Instant lastAt) {
    }

    /** The row, unless its window has passed (then it no longer counts, even before housekeeping deletes it). */
    private Failures read(String scope, String subject, Instant windowStart) {
        List<Failures> rows = jdbc.query("""
                select failures, last_failure_at from login_throttle
                where scope = ? and subject = ? and last_failure_at >= ?""",
                (rs, i) -> new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant()),
                scope, subject, Timestamp.from(windowStart));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** One atomic upsert: a failure after the window has passed starts counting again from one. */
    private int count(String scope, String subject, Instant now, Duration window) {
        return jdbc.queryForObject("""
                insert into login_throttle (scope, subject, failures, last_failure_at) values (?, ?, 1, ?)
                on conflict (scope, subject) do update set
                    failures = case when login_throttle.last_failure_at < ? then 1
                                    else login_throttle.failures + 1 end,
                    last_failure_at = excluded.last_failure_at
                returning failures""", Integer.class,
                scope, subject, Timestamp.from(now), Timestamp.from(now.minus(window)));
    }

    private static String addressKey(String address) {
        return address == null ? "" : address.length() > MAX_ADDRESS_LENGTH ? address.substring(0, MAX_ADDRESS_LENGTH)
                : address;
    }
}
