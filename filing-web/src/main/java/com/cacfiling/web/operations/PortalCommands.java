package com.cacfiling.web.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.cacfiling.web.db.DatasourcePasswordFile;
import com.cacfiling.web.db.EmbeddedPostgresServer;
import com.cacfiling.web.privacy.PersonalDataCipher;
import com.cacfiling.web.privacy.PersonalDataKeys;
import com.cacfiling.web.privacy.PersonalDataReencryption;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The portal's operations commands, run with the portal's own jar instead of starting it:
 * <pre>
 * java -jar filing-web.jar backup  &lt;file.zip&gt;          # while the portal runs: one consistent snapshot
 * java -jar filing-web.jar restore &lt;file.zip&gt;          # into an empty database only
 * java -jar filing-web.jar rotate-personal-data-key     # with every portal node stopped
 * </pre>
 * They take the portal's settings: {@code SPRING_DATASOURCE_URL/USERNAME/PASSWORD} for an external PostgreSQL,
 * otherwise the embedded one of {@code FILING_DATA_DIR} (default {@code ./data/postgres}): a running portal's server is
 * used as it is (never stopped or started twice), a stopped one is started for the command and stopped after it.
 * Settings may also be given as {@code --name=value} after the command ({@code --spring.datasource.url=…}).
 */
public final class PortalCommands {

    static final List<String> COMMANDS = List.of("backup", "restore", "rotate-personal-data-key");

    private final Map<String, String> settings;
    private final PrintStream out;

    PortalCommands(Map<String, String> settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Whether the portal's arguments name a command (then the web application is not started). */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command; the exit code is 0 on success, 1 when refused or failed (with the reason on stderr). */
    public static int run(String[] args) {
        try {
            return new PortalCommands(CommandSettings.from(Arrays.copyOfRange(args, 1, args.length)), System.out)
                    .execute(args);
        }
        catch (PortalBackup.BackupException | IllegalStateException | IllegalArgumentException refused) {
            System.err.println("Refused: " + refused.getMessage());
            return 1;
        }
        catch (IOException | SQLException failed) {
            System.err.println("Failed: " + failed.getMessage());
            return 1;
        }
    }

    int execute(String[] args) throws IOException, SQLException {
        List<String> operands = Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("--")).toList();
        switch (args[0]) {
            case "backup" -> {
                Path file = Path.of(single(operands, "backup <file.zip>"));
                try (CommandDatabase database = CommandDatabase.open(settings, false)) {
                    PortalBackup.Summary summary;
                    try (Connection connection = database.dataSource().getConnection()) {
                        summary = PortalBackup.backup(connection, file);
                    }
                    out.println("Backup written to " + file.toAbsolutePath() + ": schema version "
                            + summary.schemaVersion() + ", " + summary.rows().size() + " tables, "
                            + summary.totalRows() + " rows, from " + database.description());
                    if (!summary.keyIds().isEmpty()) {
                        out.println("Resident ID numbers in it are encrypted with the key(s) " + summary.keyIds()
                                + ": keep the key file (or FILING_PERSONAL_DATA_KEYS) safe, apart from the backup.");
                    }
                }
            }
            case "restore" -> {
                Path file = Path.of(single(operands, "restore <file.zip>"));
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("No backup file " + file.toAbsolutePath());
                }
                PortalBackup.read(file);
                try (CommandDatabase database = CommandDatabase.open(settings, true)) {
                    PortalBackup.Summary summary = PortalBackup.restore(database.dataSource(), file,
                            database.keys(false));
                    out.println("Restored " + file.toAbsolutePath() + " into " + database.description()
                            + ": schema version " + summary.schemaVersion() + ", " + summary.rows().size()
                            + " tables, " + summary.totalRows() + " rows. Start the portal on it as usual.");
                }
            }
            case "rotate-personal-data-key" -> {
                try (CommandDatabase database = CommandDatabase.open(settings, true)) {
                    PersonalDataKeys keys = database.keys(true);
                    if (keys.file() != null) {
                        keys = keys.withNewKeyInFile();
                        out.println("New key " + keys.currentId() + " written first in " + keys.file()
                                + " (the earlier keys stay after it: they open older backups).");
                    }
                    PersonalDataCipher cipher = new PersonalDataCipher(keys);
                    try (Connection connection = database.dataSource().getConnection()) {
                        connection.setAutoCommit(false);
                        try {
                            PersonalDataReencryption.Result result = PersonalDataReencryption.run(connection, cipher);
                            connection.commit();
                            out.println("Re-encrypted under key " + keys.currentId() + ": " + result.companies()
                                    + " companies' Step 1, " + result.filings() + " frozen filings, "
                                    + result.versions() + " versions, in " + database.description());
                        }
                        catch (SQLException | RuntimeException ex) {
                            connection.rollback();
                            throw ex;
                        }
                    }
                }
            }
            default -> throw new IllegalArgumentException("Unknown command " + args[0] + "; one of " + COMMANDS);
        }
        return 0;
    }

    private static String single(List<String> operands, String usage) {
        if (operands.size() != 1) {
            throw new IllegalArgumentException("Usage: java -jar filing-web.jar " + usage);
        }
        return operands.get(0);
    }

    /**
     * The database a command works on: the external one configured, or the embedded one of the data directory
     * (running: used as is; stopped: started for the command).
     */
    static final class CommandDatabase implements AutoCloseable {

        private final DriverManagerDataSource dataSource;
        private final String description;
        private final Path embeddedDataDir;
        private final EmbeddedPostgresServer started;
        private final Map<String, String> settings;

        private CommandDatabase(DriverManagerDataSource dataSource, String description, Path embeddedDataDir,
                EmbeddedPostgresServer started, Map<String, String> settings) {
            this.dataSource = dataSource;
            this.description = description;
            this.embeddedDataDir = embeddedDataDir;
            this.started = started;
            this.settings = settings;
        }

        /** {@code exclusive}: the command must not run beside a running portal (restore, key rotation). */
        static CommandDatabase open(Map<String, String> settings, boolean exclusive) throws IOException {
            String url = settings.get("spring.datasource.url");
            if (url != null && !url.isBlank()) {
                DriverManagerDataSource dataSource = new DriverManagerDataSource(url,
                        settings.getOrDefault("spring.datasource.username", ""), password(settings));
                return new CommandDatabase(dataSource, url, null, null, settings);
            }
            Path dataDir = Path.of(settings.getOrDefault("filing.embedded-db.data-dir", "./data/postgres"))
                    .toAbsolutePath().normalize();
            Optional<Integer> runningPort = EmbeddedPostgresServer.runningPort(dataDir);
            if (runningPort.isPresent()) {
                if (exclusive) {
                    throw new IllegalStateException("A portal is running on " + dataDir + "; stop it first (this "
                            + "command must not run beside it)");
                }
                DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:postgresql://localhost:"
                        + runningPort.get() + "/" + EmbeddedPostgresServer.DATABASE,
                        EmbeddedPostgresServer.PORTAL_ROLE, EmbeddedPostgresServer.portalPasswordOf(dataDir));
                return new CommandDatabase(dataSource, "the running embedded PostgreSQL of " + dataDir, dataDir,
                        null, settings);
            }
            int port = Integer.parseInt(settings.getOrDefault("filing.embedded-db.port", "54329"));
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, port);
            DriverManagerDataSource dataSource = new DriverManagerDataSource(server.jdbcUrl(), server.portalUsername(),
                    server.portalPassword());
            return new CommandDatabase(dataSource, "the embedded PostgreSQL of " + dataDir, dataDir, server, settings);
        }

        /** As the portal takes it: given, or read from the file named ({@link DatasourcePasswordFile}). */
        private static String password(Map<String, String> settings) {
            String given = settings.getOrDefault("spring.datasource.password", "");
            String fromFile = DatasourcePasswordFile.password(settings.get(DatasourcePasswordFile.PROPERTY), given);
            return fromFile != null ? fromFile : given;
        }

        DriverManagerDataSource dataSource() {
            return dataSource;
        }

        String description() {
            return description;
        }

        /**
         * The personal-data keys as the portal would load them; {@code generate}: a missing key file of the embedded
         * database may be created (not for a restore, whose backup needs the keys it was made with).
         */
        PersonalDataKeys keys(boolean generate) {
            Path dir = embeddedDataDir;
            if (!generate && dir != null && settings.get(PersonalDataKeys.KEYS) == null
                    && settings.get(PersonalDataKeys.KEY_FILE_PROPERTY) == null
                    && !Files.exists(dir.resolve(PersonalDataKeys.KEY_FILE))) {
                return null;
            }
            return PersonalDataKeys.load(settings::get, dir);
        }

        @Override
        public void close() {
            if (started != null) {
                started.close();
            }
        }
    }
}
