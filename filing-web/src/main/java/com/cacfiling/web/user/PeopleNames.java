package com.cacfiling.web.user;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The names people are shown by: a filing's history and its moves keep who acted by username, which is a sign-in
 * name; pages say who it was by the display name the administrator gave them (李静).
 */
@Component
public class PeopleNames {

    private final JdbcTemplate jdbc;

    PeopleNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each username's display name; a username without one (or no longer an account) stands for itself. */
    public Map<String, String> of(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        List<String> wanted = usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
        wanted.forEach(username -> names.put(username, username));
        if (!wanted.isEmpty()) {
            jdbc.query("select username, display_name from app_user where username = any(?)", rs -> {
                String displayName = rs.getString(2);
                if (displayName != null && !displayName.isBlank()) {
                    names.put(rs.getString(1), displayName);
                }
            }, (Object) wanted.toArray(new String[0]));
        }
        return names;
    }

    public String of(String username) {
        return username == null ? null : of(List.of(username)).get(username);
    }
}
