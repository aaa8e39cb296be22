package com.cacfiling.web.user;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time link with which an invited user sets a password; only its SHA-256 is stored. */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID userId;

    @Column(nullable = false)
    private String tokenHash;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant usedAt;

    private Instant revokedAt;

    @Column(nullable = false)
    private Instant createdAt;

    protected Invitation() {
    }

    Invitation(UUID userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /** Why a link no longer opens: used, revoked or expired (in that order of precedence); null while usable. */
    String unusableBecause(Instant now) {
        return usedAt != null ? "used" : revokedAt != null ? "revoked" : now.isBefore(expiresAt) ? null : "expired";
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    void use(Instant now) {
        usedAt = now;
    }

    UUID getUserId() {
        return userId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
