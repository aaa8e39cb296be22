package com.cacfiling.web.operations;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.cacfiling.testsupport.TestDatabase;
import com.cacfiling.web.db.EmbeddedPostgresServer;
import com.cacfiling.web.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The commands as an operator runs them against an external database (the settings the portal reads): a backup
 * says what it wrote; a restore into the portal's own, non-empty database is refused in words.
 */
@PortalTest
class PortalCommandsTest {

    @Autowired
    org.springframework.core.env.Environment environment;

    @TempDir
    Path directory;

    @Test
    void backupWritesAndRestoreRefusesAFilledDatabase() throws Exception {
        TestDatabase.ConnectionDetails db = TestDatabase.get();
        Map<String, String> settings = CommandSettings.from(new String[] {"--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
                "--filing.personal-data.keys=" + environment.getProperty("filing.personal-data.keys")}, Map.of());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PortalCommands commands = new PortalCommands(settings, new PrintStream(printed, true, StandardCharsets.UTF_8));
        Path file = directory.resolve("backup.zip");

        assertThat(commands.execute(new String[] {"backup", file.toString()})).isZero();
        assertThat(Files.size(file)).isPositive();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Backup written to").contains("schema version");
        assertThat(PortalBackup.read(file).rows()).containsKeys("company", "filing", "change_log", "evidence_file");

        assertThatThrownBy(() -> commands.execute(new String[] {"restore", file.toString()}))
                .isInstanceOf(PortalBackup.BackupException.class).hasMessageContaining("is not empty");
        assertThatThrownBy(() -> commands.execute(new String[] {"backup"}))
                .hasMessageContaining("Usage: java -jar filing-web.jar backup <file.zip>");
    }

    @Test
    void aCommandReadsThePasswordFromTheFileTheEnvironmentNames() throws Exception {
        // A database that asks for a password: the embedded one (the tests' own may have none).
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            socket.close();
            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory.resolve("data"),
                    socket.getLocalPort())) {
                Path passwordFile = Files.writeString(directory.resolve("db.password"), server.portalPassword() + "\n");
                Map<String, String> settings = CommandSettings.from(new String[0], Map.of(
                        "SPRING_DATASOURCE_URL", server.jdbcUrl(), "SPRING_DATASOURCE_USERNAME", server.portalUsername(),
                        "FILING_DATASOURCE_PASSWORD_FILE", passwordFile.toString()));
                try (PortalCommands.CommandDatabase database = PortalCommands.CommandDatabase.open(settings, false);
                     java.sql.Connection connection = database.dataSource().getConnection()) {
                    assertThat(connection.isValid(5)).isTrue();
                }
                settings.put("spring.datasource.password", "also given");
                assertThatThrownBy(() -> PortalCommands.CommandDatabase.open(settings, false))
                        .hasMessage("Both SPRING_DATASOURCE_PASSWORD and FILING_DATASOURCE_PASSWORD_FILE are set; "
                                + "set only one of them");
            }
        }
    }

    @Test
    void settingsComeFromTheEnvironmentAsThePortalNamesThem() {
        Map<String, String> settings = CommandSettings.from(new String[] {"--filing.embedded-db.port=1"},
                Map.of("FILING_DATA_DIR", "/srv/portal", "FILING_EMBEDDED_DB_PORT", "2",
                        "FILING_PERSONAL_DATA_KEYS", "k:x"));
        assertThat(settings).containsEntry("filing.embedded-db.data-dir", "/srv/portal")
                .containsEntry("filing.embedded-db.port", "1").containsEntry("filing.personal-data.keys", "k:x");
        assertThat(PortalCommands.handles(new String[] {"backup", "x.zip"})).isTrue();
        assertThat(CommandSettings.from(new String[0], Map.of("FILING_DATASOURCE_PASSWORD_FILE", "/run/secrets/db")))
                .containsEntry("filing.datasource.password-file", "/run/secrets/db");
        assertThat(PortalCommands.handles(new String[] {"--server.port=8093"})).isFalse();
    }
}
