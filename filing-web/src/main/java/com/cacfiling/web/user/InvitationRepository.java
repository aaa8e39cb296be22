package com.cacfiling.web.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** Whether the user was sent a link after the one created at {@code createdAt}. */
    boolean existsByUserIdAndCreatedAtAfter(UUID userId, Instant createdAt);

    @Query("select i from Invitation i where i.userId = :userId and i.usedAt is null and i.revokedAt is null")
    List<Invitation> findOpenByUserId(UUID userId);

    /** Users with a link that can still be used. */
    @Query("""
            select distinct i.userId from Invitation i
            where i.usedAt is null and i.revokedAt is null and i.expiresAt > :now""")
    Set<UUID> findUserIdsWithPendingInvitation(Instant now);

    /** Users invited whose invitation was never accepted (pending, expired or revoked): they never set a password. */
    @Query("""
            select distinct i.userId from Invitation i
            where not exists (select 1 from Invitation j where j.userId = i.userId and j.usedAt is not null)""")
    Set<UUID> findUserIdsNeverAccepted();
}
