package com.cacfiling.web.system;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keys the portal makes for itself (table portal_key): one per purpose, made on first use, the same for every replica
 * and across restarts. Whichever replica asks first makes it; the others read that one.
 */
public final class PortalKeys {

    private final JdbcTemplate jdbc;

    public PortalKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The key of 32 random bytes for {@code purpose}. */
    public byte[] key(String purpose) {
        byte[] candidate = Secrets.randomBytes();
        jdbc.update("insert into portal_key (purpose, key) values (?, ?) on conflict (purpose) do nothing",
                purpose, candidate);
        return jdbc.queryForObject("select key from portal_key where purpose = ?", byte[].class, purpose);
    }
}
