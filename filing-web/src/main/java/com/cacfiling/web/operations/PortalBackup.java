package com.cacfiling.web.operations;

import java.io.BufferedInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import com.cacfiling.docs.bundle.ZipEntries;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.web.privacy.PersonalDataCipher;
import com.cacfiling.web.privacy.PersonalDataKeys;
import com.cacfiling.web.privacy.PersonalDataReencryption;
import com.cacfiling.web.privacy.V65__EncryptResidentIdNumbers;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A logical backup of the whole portal (every table of its schema, the evidence files included, since they live in
 * the database) and its restore into an empty database.
 * <p>
 * The backup reads every table in one {@code REPEATABLE READ} read-only transaction, so all tables come from one
 * snapshot while the portal goes on writing; each table is streamed with {@code COPY ... TO STDOUT} into a ZIP
 * ({@code tables/<table>.copy}, PostgreSQL's text format), with {@value #MANIFEST} last: the schema version, each
 * table's row count, the sequences and the ids of the keys the resident ID numbers are encrypted with (never the
 * keys). The zonky PostgreSQL packages carry no {@code pg_dump}; with an external server {@code pg_dump} works as
 * well (README).
 * <p>
 * The restore refuses a database that has any table, creates the schema with the portal's own migrations up to the
 * backup's version, and loads every table (parents before children) in one transaction, then checks the row counts:
 * either everything is restored or nothing.
 */
public final class PortalBackup {

    public static final String MANIFEST = "backup.json";
    static final String FORMAT = "cac-filing-portal-backup";
    static final int FORMAT_VERSION = 1;
    private static final String TABLES = "tables/";

    /**
     * Not part of a backup: the migration history (the restore migrates), sessions (they end with the node) and the
     * portal's own keys (a key in a backup file would be one more secret to keep; the restored portal makes new ones,
     * and all that is lost is a notice in flight).
     */
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "spring_session",
            "spring_session_attributes", "portal_key");

    /** What a backup holds, as its manifest says. */
    public record Summary(String schemaVersion, Map<String, Long> rows, List<String> keyIds) {

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The backup or restore cannot go on, with the reason in words for the operator. */
    public static final class BackupException extends RuntimeException {

        public BackupException(String message) {
            super(message);
        }

        public BackupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private PortalBackup() {
    }

    // --- backup ---

    /** Writes the backup to {@code file} (through a temporary file next to it, so a failed backup leaves none). */
    public static Summary backup(Connection connection, Path file) throws IOException, SQLException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            Summary summary = backup(connection, out);
            out.close();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        }
        finally {
            Files.deleteIfExists(partial);
        }
    }

    public static Summary backup(Connection connection, OutputStream target) throws IOException, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            // The first query takes the snapshot every later one reads.
            String schemaVersion = schemaVersion(connection);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : tables(connection)) {
                zip.putNextEntry(ZipEntries.entry(TABLES + table + ".copy"));
                LineCounter counter = new LineCounter(zip);
                copy.copyOut("COPY " + quote(table) + " TO STDOUT", counter);
                counter.flush();
                zip.closeEntry();
                rows.put(table, counter.lines);
            }
            Map<String, Long> sequences = sequences(connection);
            List<String> keyIds = keyIds(connection);
            zip.putNextEntry(ZipEntries.entry(MANIFEST));
            zip.write(manifest(schemaVersion, rows, sequences, keyIds).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            connection.commit();
            return new Summary(schemaVersion, rows, keyIds);
        }
        catch (IOException | SQLException | RuntimeException ex) {
            connection.rollback();
            throw ex;
        }
        finally {
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The tables of the portal's schema, in name order. */
    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select tablename from pg_tables where schemaname = current_schema() "
                     + "order by tablename")) {
            while (rs.next()) {
                if (!SKIPPED.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select version from flyway_schema_history where success "
                     + "and version is not null order by installed_rank desc limit 1")) {
            if (!rs.next()) {
                throw new BackupException("The database has no portal schema to back up (no migration history)");
            }
            return rs.getString(1);
        }
        catch (SQLException ex) {
            if ("42P01".equals(ex.getSQLState())) {
                throw new BackupException("The database has no portal schema to back up (no migration history)", ex);
            }
            throw ex;
        }
    }

    private static Map<String, Long> sequences(Connection connection) throws SQLException {
        Map<String, Long> sequences = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select sequencename, last_value from pg_sequences "
                     + "where schemaname = current_schema() and last_value is not null order by sequencename")) {
            while (rs.next()) {
                sequences.put(rs.getString(1), rs.getLong(2));
            }
        }
        return sequences;
    }

    /** The ids of the keys the stored resident ID numbers are encrypted with. */
    private static List<String> keyIds(Connection connection) throws SQLException {
        return PersonalDataReencryption.keyIdsInUse(connection);
    }

    private static String manifest(String schemaVersion, Map<String, Long> rows, Map<String, Long> sequences,
            List<String> keyIds) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode manifest = nodes.objectNode();
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", FORMAT_VERSION);
        manifest.put("createdAt", Instant.now().toString());
        manifest.put("schemaVersion", schemaVersion);
        ObjectNode tables = manifest.putObject("tables");
        rows.forEach(tables::put);
        ObjectNode sequenceValues = manifest.putObject("sequences");
        sequences.forEach(sequenceValues::put);
        ArrayNode keys = manifest.putArray("personalDataKeyIds");
        keyIds.forEach(keys::add);
        return DomainJson.writeIndented(manifest);
    }

    // --- restore ---

    /** What a backup file says about itself (its manifest), checked to be a backup of this format. */
    public static Summary read(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return summary(manifestOf(zip, file));
        }
        catch (java.util.zip.ZipException notZip) {
            throw new BackupException(file + " is not a portal backup (not a ZIP file)", notZip);
        }
    }

    /**
     * Restores the backup into the empty database behind {@code target}: the schema by the portal's migrations up to
     * the backup's version, then every table in one transaction.
     */
    public static Summary restore(DataSource target, Path file, PersonalDataKeys keys) throws IOException, SQLException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            JsonNode manifest = manifestOf(zip, file);
            Summary summary = summary(manifest);
            List<String> missing = summary.keyIds().stream().filter(id -> keys == null || !keys.has(id)).toList();
            if (!missing.isEmpty()) {
                throw new BackupException("The backup's resident ID numbers are encrypted with the key(s) " + missing
                        + ", which are not configured here. Copy the key file (" + PersonalDataKeys.KEY_FILE
                        + ") of the portal that made the backup into the new data directory, or set "
                        + "FILING_PERSONAL_DATA_KEYS with those keys; nothing was restored");
            }
            try (Connection connection = target.getConnection()) {
                refuseNonEmpty(connection);
            }
            migrate(target, summary.schemaVersion(), keys);
            try (Connection connection = target.getConnection()) {
                load(connection, zip, summary, manifest);
            }
            return summary;
        }
        catch (java.util.zip.ZipException notZip) {
            throw new BackupException(file + " is not a portal backup (not a ZIP file)", notZip);
        }
    }

    private static JsonNode manifestOf(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new BackupException(file + " is not a complete portal backup (it has no " + MANIFEST + ")");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            JsonNode manifest = DomainJson.readTree(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            if (!FORMAT.equals(manifest.path("format").asString(""))
                    || manifest.path("formatVersion").asInt(0) != FORMAT_VERSION) {
                throw new BackupException(file + " is not a portal backup of format " + FORMAT_VERSION);
            }
            return manifest;
        }
    }

    private static Summary summary(JsonNode manifest) {
        Map<String, Long> rows = new LinkedHashMap<>();
        manifest.path("tables").properties().forEach(entry -> rows.put(entry.getKey(), entry.getValue().asLong()));
        List<String> keyIds = new ArrayList<>();
        manifest.path("personalDataKeyIds").forEach(id -> keyIds.add(id.asString()));
        return new Summary(manifest.path("schemaVersion").asString(), rows, keyIds);
    }

    /** A restore never mixes with what a database holds: any table in the schema refuses it. */
    static void refuseNonEmpty(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select tablename from pg_tables where schemaname = current_schema() "
                     + "order by tablename limit 5")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (!tables.isEmpty()) {
            throw new BackupException("The database " + connection.getMetaData().getURL() + " is not empty (it has "
                    + "tables such as " + String.join(", ", tables) + "). A backup is restored only into an empty "
                    + "database: start with a new data directory (FILING_DATA_DIR) or a newly created database; "
                    + "nothing was changed");
        }
    }

    private static void migrate(DataSource target, String version, PersonalDataKeys keys) {
        MigrationVersion backupVersion = MigrationVersion.fromVersion(version);
        Flyway probe = flyway(target, keys).load();
        boolean known = java.util.Arrays.stream(probe.info().all()).map(MigrationInfo::getVersion)
                .anyMatch(backupVersion::equals);
        if (!known) {
            throw new BackupException("The backup is of schema version " + version + ", which this portal does not "
                    + "know (a newer portal made it?); restore it with the portal version that made it or a later one");
        }
        flyway(target, keys).target(backupVersion).load().migrate();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource target,
            PersonalDataKeys keys) {
        return Flyway.configure().dataSource(target).locations("classpath:db/migration")
                .javaMigrations(new V65__EncryptResidentIdNumbers(new PersonalDataCipher(keys)));
    }

    private static void load(Connection connection, ZipFile zip, Summary summary, JsonNode manifest)
            throws IOException, SQLException {
        connection.setAutoCommit(false);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<String> present = tables(connection);
            for (String table : summary.rows().keySet()) {
                if (!present.contains(table)) {
                    throw new BackupException("The backup has a table '" + table + "' that the schema of version "
                            + summary.schemaVersion() + " does not have; is the backup from another application?");
                }
            }
            for (String table : parentsFirst(connection, summary.rows().keySet())) {
                ZipEntry entry = zip.getEntry(TABLES + table + ".copy");
                if (entry == null) {
                    throw new BackupException("The backup is incomplete: table " + table + " is missing");
                }
                try (InputStream in = new BufferedInputStream(zip.getInputStream(entry))) {
                    long loaded = copy.copyIn("COPY " + quote(table) + " FROM STDIN", in);
                    if (loaded != summary.rows().get(table)) {
                        throw new BackupException("The backup is damaged: table " + table + " has " + loaded
                                + " rows, its manifest says " + summary.rows().get(table));
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (Map.Entry<String, JsonNode> sequence : manifest.path("sequences").properties()) {
                    statement.execute("select setval(" + literal(sequence.getKey()) + ", "
                            + sequence.getValue().asLong() + ")");
                }
            }
            connection.commit();
        }
        catch (IOException | SQLException | RuntimeException ex) {
            connection.rollback();
            throw ex;
        }
        finally {
            connection.setAutoCommit(true);
        }
    }

    /** The tables ordered so that each comes after the tables its foreign keys point to. */
    private static List<String> parentsFirst(Connection connection, Set<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        tables.forEach(table -> parents.put(table, new LinkedHashSet<>()));
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select child.relname, parent.relname from pg_constraint c
                     join pg_class child on child.oid = c.conrelid join pg_class parent on parent.oid = c.confrelid
                     join pg_namespace n on n.oid = child.relnamespace
                     where c.contype = 'f' and n.nspname = current_schema()""")) {
            while (rs.next()) {
                String child = rs.getString(1);
                String parent = rs.getString(2);
                if (parents.containsKey(child) && !child.equals(parent) && tables.contains(parent)) {
                    parents.get(child).add(parent);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String table : parents.keySet()) {
            visit(table, parents, ordered, visiting);
        }
        return ordered;
    }

    private static void visit(String table, Map<String, Set<String>> parents, List<String> ordered,
            Set<String> visiting) {
        if (ordered.contains(table)) {
            return;
        }
        if (!visiting.add(table)) {
            throw new BackupException("The tables' foreign keys form a cycle through " + table);
        }
        for (String parent : parents.get(table)) {
            visit(parent, parents, ordered, visiting);
        }
        visiting.remove(table);
        ordered.add(table);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Counts the rows of a COPY text stream (one line each; line breaks inside values are escaped). */
    private static final class LineCounter extends FilterOutputStream {

        long lines;

        LineCounter(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (b == '\n') {
                lines++;
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // The ZIP stays open for the next table.
        }
    }
}
