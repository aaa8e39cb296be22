package com.cacfiling.web.token;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cacfiling.web.system.NotFoundException;
import com.cacfiling.web.system.Secrets;
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

    /** A new token for the user; the returned secret is never stored and cannot be shown again. */
    @Transactional
    public String create(UUID userId, String name) {
        String token = PREFIX + Secrets.random();
        tokens.save(new ApiToken(userId, name.strip(), hash(token), token.substring(0, 12), clock.instant()));
        return token;
    }

    /** The user a valid, unrevoked token belongs to. */
    @Transactional
    public Optional<UUID> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token)).filter(ApiToken::isActive).map(found -> {
            found.used(clock.instant());
            return found.getUserId();
        });
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
    public void revoke(UUID userId, UUID tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.getUserId().equals(userId))
                .orElseThrow(NotFoundException::new);
        token.revoke(clock.instant());
    }

    /** Administrators revoke any token. */
    @Transactional
    public void revokeAny(UUID tokenId) {
        tokens.findById(tokenId).orElseThrow(NotFoundException::new).revoke(clock.instant());
    }

    static String hash(String token) {
        return Secrets.sha256(token);
    }
}
