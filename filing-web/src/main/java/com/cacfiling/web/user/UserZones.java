package com.cacfiling.web.user;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time zone each user reads times in: their choice on the profile, else the portal's default
 * ({@code filing.time-zone}, Asia/Shanghai). Kept per user in memory (one entry per user, dropped on change) so a
 * page does not ask the database for it.
 */
@Component
public class UserZones {

    /** The zones offered on the profile: where the portal's users work. */
    public static final List<String> OFFERED = List.of("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei",
            "Asia/Singapore", "Asia/Tokyo", "UTC", "Europe/London", "Europe/Berlin", "America/New_York",
            "America/Los_Angeles");

    private final UserAccountRepository users;
    private final ZoneId portalDefault;
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    UserZones(UserAccountRepository users, @Value("${filing.time-zone:Asia/Shanghai}") String portalDefault) {
        this.users = users;
        this.portalDefault = ZoneId.of(portalDefault);
    }

    public ZoneId of(String username) {
        if (username == null) {
            return portalDefault;
        }
        return zones.computeIfAbsent(username, name -> users.findByUsernameIgnoreCase(name)
                .map(UserAccount::getTimeZone).filter(OFFERED::contains).map(ZoneId::of).orElse(portalDefault));
    }

    public ZoneId portalDefault() {
        return portalDefault;
    }

    /** After a user chose another zone. */
    public void forget(String username) {
        zones.remove(username);
    }
}
