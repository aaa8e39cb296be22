package com.cacfiling.web.token;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cacfiling.web.system.NotFoundException;
import com.cacfiling.web.system.Secrets;
import com.cacfiling.web.user.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, checks and revokes personal access tokens. */
@Service
public class ApiTokens {

    public static final String PREFIX = "fpat_";

    private final ApiTokenRepository tokens;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * A new token for the user, with what it may do and how long it lives; the returned secret is never stored and
     * cannot be shown again.
     */
    @Transactional
    public String create(UUID userId, String name, TokenAccess access, TokenLifetime lifetime) {
        String token = PREFIX + Secrets.random();
        Instant now = clock.instant();
        tokens.save(new ApiToken(userId, name.strip(), hash(token), token.substring(0, 12), now, access,
                lifetime.expiry(now).orElse(null)));
        return token;
    }

    /** A token that reads and writes and does not expire, as every token made before tokens had either. */
    @Transactional
    public String create(UUID userId, String name) {
        return create(userId, name, TokenAccess.READ_WRITE, TokenLifetime.NEVER);
    }

    /**
     * The enabled user an unrevoked token belongs to, read in one statement without a transaction; the use is written
     * (in a transaction of its own) only when {@link ApiToken#useToNote} asks for it, about once a minute.
     */
    public Optional<UserAccount> authenticate(String token) {
        return bearer(token).map(Authenticated::user);
    }

    /**
     * The user a valid token stands for, the token's name (which the change log keeps with each change) and what
     * the token may do.
     */
    public record Authenticated(UserAccount user, String tokenName, TokenAccess access) {
    }

    public Optional<Authenticated> bearer(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findBearer(hash(token), now).map(bearer -> {
            if (ApiToken.useToNote(bearer.lastUsedAt(), now)) {
                tokens.noteUse(bearer.tokenId(), now);
            }
            return new Authenticated(bearer.user(), bearer.name(), bearer.access());
        });
    }

    /** Whether a token refused by {@link #bearer} was refused because its time is up: the caller is told so. */
    public boolean expired(String token) {
        return token != null && token.startsWith(PREFIX) && tokens.expired(hash(token), clock.instant());
    }

    /** Whether the text is a token that was revoked (by its owner or an administrator): a 401 says so. */
    @Transactional(readOnly = true)
    public boolean revoked(String token) {
        return token != null && token.startsWith(PREFIX) && tokens.revoked(hash(token));
    }

    /** The current instant of the tokens' clock: what a list of tokens compares their expiry with. */
    public Instant now() {
        return clock.instant();
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(UUID userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> all() {
        return tokens.findAll();
    }

    /** Revokes one of the user's own tokens. */
    @Transactional
    public ApiToken revoke(UUID userId, UUID tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.getUserId().equals(userId))
                .orElseThrow(NotFoundException::new);
        token.revoke(clock.instant());
        return token;
    }

    /** A deactivated account's tokens end with it (still listed, as revoked). */
    @org.springframework.context.event.EventListener
    @Transactional
    public void revokeAllOf(com.cacfiling.web.user.UserDeactivated deactivated) {
        revokeAllOf(deactivated.userId());
    }

    /** A password reset by an administrator ends the account's tokens (still listed, as revoked). */
    @org.springframework.context.event.EventListener
    @Transactional
    public void revokeAllOf(com.cacfiling.web.user.UserPasswordReset reset) {
        revokeAllOf(reset.userId());
    }

    private void revokeAllOf(UUID userId) {
        java.time.Instant now = clock.instant();
        tokens.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .filter(token -> token.getRevokedAt() == null).forEach(token -> token.revoke(now));
    }

    /** Administrators revoke any token. */
    @Transactional
    public ApiToken revokeAny(UUID tokenId) {
        ApiToken token = tokens.findById(tokenId).orElseThrow(NotFoundException::new);
        token.revoke(clock.instant());
        return token;
    }

    static String hash(String token) {
        return Secrets.sha256(token);
    }
}
