package com.cacfiling.web.token;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal access token for scripts: only its SHA-256 is stored; the token itself is shown once. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID userId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String tokenHash;

    @Column(nullable = false)
    private String tokenPrefix;

    @Column(nullable = false)
    private Instant createdAt;

    private static final java.time.Duration NOTED_EVERY = java.time.Duration.ofMinutes(1);

    private Instant lastUsedAt;

    private Instant revokedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private TokenAccess access;

    /** Null for a token that does not expire. */
    private Instant expiresAt;

    protected ApiToken() {
    }

    ApiToken(UUID userId, String name, String tokenHash, String tokenPrefix, Instant createdAt, TokenAccess access,
            Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = createdAt;
        this.access = access;
        this.expiresAt = expiresAt;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /**
     * Whether a use at {@code at} is to be written. The token list shows the minute of the last use, so it is written
     * at most once a minute: an API client's every request used to commit an UPDATE of its token's row. A clock set
     * back is noted as it is.
     */
    static boolean useToNote(Instant lastUsedAt, Instant at) {
        return lastUsedAt == null || !at.isAfter(lastUsedAt) || !at.isBefore(lastUsedAt.plus(NOTED_EVERY));
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public TokenAccess getAccess() {
        return access;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** Whether the token no longer works at {@code at} because its time is up (a revoked one says so on its own). */
    public boolean isExpiredAt(Instant at) {
        return expiresAt != null && !at.isBefore(expiresAt);
    }
}
