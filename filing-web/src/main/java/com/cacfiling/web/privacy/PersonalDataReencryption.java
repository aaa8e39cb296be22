package com.cacfiling.web.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import com.cacfiling.domain.form.PersonalData;
import com.cacfiling.domain.dossier.DomainJson;

/**
 * Brings every stored resident ID number under the current key: the companies' Step 1, the filings' frozen copies
 * and the versions in the change log. Used by the migration that encrypts what was stored in plain, by the key
 * rotation command, and (read-only) by the restore to check that every key of a backup is at hand. Runs on the
 * caller's connection and transaction.
 */
public final class PersonalDataReencryption {

    /** How many stored documents were rewritten, per place. */
    public record Result(int companies, int filings, int versions) {

        public int total() {
            return companies + filings + versions;
        }
    }

    private PersonalDataReencryption() {
    }

    public static Result run(Connection connection, PersonalDataCipher cipher) throws SQLException {
        int companies = rewrite(connection, "company", "id", "entity_profile", "entity", cipher::reseal);
        int filings = rewrite(connection, "filing", "id", "entity_snapshot", "entity", cipher::reseal);
        companies += rewriteTyped(connection, cipher);
        int versions = 0;
        // The change log is append-only for the portal (trigger and revoked UPDATE, V7/V20). Encrypting the personal
        // data in its versions changes no entry's meaning (who, when, what); when there is any to encrypt, the owner
        // lifts the guard for this one transaction and puts it back (a new database never touches it).
        if (needsRewrite(connection, "change_log", "snapshot", "", cipher)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("grant update on change_log to current_user");
                statement.execute("alter table change_log disable trigger change_log_append_only");
                versions = rewrite(connection, "change_log", "id", "snapshot", "", cipher::reseal);
                statement.execute("alter table change_log enable trigger change_log_append_only");
                statement.execute("revoke update on change_log from current_user");
            }
        }
        return new Result(companies, filings, versions);
    }

    /** The ids of the keys the stored numbers are encrypted with that {@code keys} does not have. */
    public static List<String> missingKeys(Connection connection, PersonalDataKeys keys) throws SQLException {
        return keyIdsInUse(connection).stream().filter(id -> !keys.has(id)).toList();
    }

    /** The ids of the keys the stored resident ID numbers are encrypted with (for a backup's manifest). */
    public static List<String> keyIdsInUse(Connection connection) throws SQLException {
        TreeSet<String> ids = new TreeSet<>();
        UnaryOperator<String> collect = value -> {
            if (PersonalDataCipher.isSealed(value)) {
                ids.add(PersonalDataCipher.keyIdOf(value));
            }
            return value;
        };
        for (String[] place : new String[][] {{"company", "entity_profile", "entity"},
                {"filing", "entity_snapshot", "entity"}, {"change_log", "snapshot", ""}}) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select " + place[1] + "::text from " + place[0]
                         + " where " + place[1] + "::text like '%" + PersonalDataCipher.PREFIX + "%'")) {
                while (rs.next()) {
                    PersonalData.transform(DomainJson.readTree(rs.getString(1)), place[2], collect);
                }
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select typed_input::text from company where typed_input::text like '%"
                     + PersonalDataCipher.PREFIX + "%'")) {
            while (rs.next()) {
                tools.jackson.databind.JsonNode entries = DomainJson.readTree(rs.getString(1)).path("entries");
                for (String path : PersonalData.residentIdPaths()) {
                    tools.jackson.databind.JsonNode entry = entries.get(path);
                    if (entry != null && entry.path("raw").isString()) {
                        collect.apply(entry.path("raw").asString());
                    }
                }
            }
        }
        return new ArrayList<>(ids);
    }

    /** What was typed into a resident ID field and is not valid yet (the company's typed_input). */
    private static int rewriteTyped(Connection connection, PersonalDataCipher cipher) throws SQLException {
        List<Object[]> updates = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select id, typed_input::text from company "
                     + "where typed_input::text like '%idNumber%'")) {
            while (rs.next()) {
                String before = rs.getString(2);
                tools.jackson.databind.JsonNode root = DomainJson.readTree(before);
                boolean changed = false;
                for (String path : PersonalData.residentIdPaths()) {
                    tools.jackson.databind.JsonNode entry = root.path("entries").get(path);
                    if (entry != null && entry.isObject() && entry.path("raw").isString()) {
                        String raw = entry.path("raw").asString();
                        String after = cipher.reseal(raw);
                        if (!after.equals(raw)) {
                            ((tools.jackson.databind.node.ObjectNode) entry).put("raw", after);
                            changed = true;
                        }
                    }
                }
                if (changed) {
                    updates.add(new Object[] {root.toString(), rs.getObject(1)});
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update company set typed_input = cast(? as jsonb) where id = ?")) {
            for (Object[] row : updates) {
                update.setString(1, (String) row[0]);
                update.setObject(2, row[1]);
                update.addBatch();
            }
            update.executeBatch();
        }
        return updates.size();
    }

    /** Whether any stored value in the column is not under the current key yet. */
    private static boolean needsRewrite(Connection connection, String table, String column, String root,
            PersonalDataCipher cipher) throws SQLException {
        boolean[] found = {false};
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select " + column + "::text from " + table + " where " + column
                     + " is not null and " + column + "::text like '%idNumber%'")) {
            while (rs.next() && !found[0]) {
                PersonalData.transform(DomainJson.readTree(rs.getString(1)), root, value -> {
                    if (!PersonalDataCipher.isSealed(value)
                            || !PersonalDataCipher.keyIdOf(value).equals(cipher.keys().currentId())) {
                        found[0] = true;
                    }
                    return value;
                });
            }
        }
        return found[0];
    }

    /** Rewrites the column page by page (by id), so that a long change log never has to fit in memory. */
    private static int rewrite(Connection connection, String table, String idColumn, String column, String root,
            UnaryOperator<String> change) throws SQLException {
        int rewritten = 0;
        Object after = null;
        while (true) {
            List<Object[]> updates = new ArrayList<>();
            Object last = null;
            try (PreparedStatement page = connection.prepareStatement("select " + idColumn + ", " + column
                    + "::text from " + table + " where " + column + " is not null and " + column
                    + "::text like '%idNumber%'" + (after == null ? "" : " and " + idColumn + " > ?")
                    + " order by " + idColumn + " limit " + PAGE)) {
                if (after != null) {
                    page.setObject(1, after);
                }
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getObject(1);
                        String before = rs.getString(2);
                        String changed = PersonalData.transformJson(before, root, change);
                        if (!changed.equals(before)) {
                            updates.add(new Object[] {changed, last});
                        }
                    }
                }
            }
            if (last == null) {
                return rewritten;
            }
            try (PreparedStatement update = connection.prepareStatement("update " + table + " set " + column
                    + " = cast(? as jsonb) where " + idColumn + " = ?")) {
                for (Object[] row : updates) {
                    update.setString(1, (String) row[0]);
                    update.setObject(2, row[1]);
                    update.addBatch();
                    rewritten++;
                }
                update.executeBatch();
            }
            after = last;
        }
    }

    private static final int PAGE = 500;
}
