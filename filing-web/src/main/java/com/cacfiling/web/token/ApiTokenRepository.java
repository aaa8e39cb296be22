package com.cacfiling.web.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cacfiling.web.user.UserAccount;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

    /**
     * The enabled user of the unrevoked token with this hash, with the token: one statement, and no transaction of
     * its own (declared queries take none), as every API request asks it. An expired token has no bearer.
     */
    @Query("""
            select new com.cacfiling.web.token.ApiTokenRepository$Bearer(t.id, t.name, t.lastUsedAt, t.access, u)
            from ApiToken t, UserAccount u
            where t.tokenHash = :tokenHash and t.revokedAt is null and (t.expiresAt is null or t.expiresAt > :now)
              and u.id = t.userId and u.enabled = true""")
    Optional<Bearer> findBearer(String tokenHash, Instant now);

    /** A valid token's user, the token's id, name and access, and when its use was last written. */
    record Bearer(UUID tokenId, String name, Instant lastUsedAt, TokenAccess access, UserAccount user) {
    }

    /** Whether an unrevoked token with this hash has expired (asked only of a token refused, to say why). */
    @Query("""
            select count(t) > 0 from ApiToken t
            where t.tokenHash = :tokenHash and t.revokedAt is null and t.expiresAt <= :now""")
    boolean expired(String tokenHash, Instant now);

    @Query("select count(t) > 0 from ApiToken t where t.tokenHash = :tokenHash and t.revokedAt is not null")
    boolean revoked(String tokenHash);

    @Modifying
    @Transactional
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :tokenId")
    void noteUse(UUID tokenId, Instant at);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);
}
