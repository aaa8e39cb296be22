package com.cacfiling.web.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The portal's own PostgreSQL server: durable, supervised, never adopting strangers, least privilege. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path temp;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static HikariDataSource pool(EmbeddedPostgresServer server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.portalUsername());
        config.setPassword(server.portalPassword());
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(2_000);
        return new HikariDataSource(config);
    }

    @Test
    void confirmedWritesSurviveKillingThePostmasterAndThePoolReconnects() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(temp.resolve("data"), freePort());
             HikariDataSource pool = pool(server)) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
            jdbc.execute("create table saved (id int primary key, payload text not null)");

            Set<Integer> confirmed = ConcurrentHashMap.newKeySet();
            AtomicInteger failed = new AtomicInteger();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                for (int id = 1; writing.get(); id++) {
                    try {
                        jdbc.update("insert into saved values (?, ?)", id, "x".repeat(200));
                        confirmed.add(id); // the commit returned: the portal would tell the user "saved"
                    }
                    catch (RuntimeException unavailable) {
                        failed.incrementAndGet();
                        sleepQuietly(50);
                    }
                }
            });
            writer.start();
            awaitCount(confirmed, 300);
            long killed = server.postmasterPid();
            new ProcessBuilder("kill", "-9", Long.toString(killed)).start().waitFor();
            awaitCount(confirmed, confirmed.size() + 300);
            writing.set(false);
            writer.join();

            assertThat(server.postmasterPid()).as("a new postmaster").isNotEqualTo(killed);
            assertThat(failed.get()).as("writes refused while the server was down").isPositive();
            List<Integer> stored = jdbc.queryForList("select id from saved", Integer.class);
            assertThat(stored).as("every confirmed save is there").containsAll(confirmed);
        }
    }

    @Test
    void authenticationNeedsPasswordsAndThePortalRoleIsNoSuperuser() throws Exception {
        Path data = temp.resolve("data");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, freePort());
             HikariDataSource pool = pool(server)) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                    .isFalse();
            assertThat(jdbc.queryForObject("select pg_get_userbyid(datdba) from pg_database where datname = current_database()",
                    String.class)).isEqualTo(EmbeddedPostgresServer.PORTAL_ROLE);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "filing", "guess").close())
                    .hasMessageContaining("password authentication failed");
            for (String file : List.of(EmbeddedPostgresServer.PORTAL_PASSWORD_FILE,
                    EmbeddedPostgresServer.SUPERUSER_PASSWORD_FILE)) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(file))))
                        .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void theFirstNodePrintsTheLinesWithWhichASecondNodeJoinsAsThePortalRoleWithoutItsPassword() throws Exception {
        Path data = temp.resolve("data");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, freePort())) {
            var printed = new java.io.ByteArrayOutputStream();
            EmbeddedPostgresEnvironmentPostProcessor.printJoinLines(server,
                    new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
            String console = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
            java.util.Map<String, String> environment = new java.util.HashMap<>();
            for (String line : console.split("\\R")) {
                if (line.matches("(SPRING|FILING)_[A-Z_]+=.*")) {
                    environment.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
                }
            }
            assertThat(environment).containsOnlyKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                    "FILING_DATASOURCE_PASSWORD_FILE", "FILING_PERSONAL_DATA_KEY_FILE");
            // and the same keys for personal data at rest, from the data directory
            assertThat(environment.get("FILING_PERSONAL_DATA_KEY_FILE"))
                    .isEqualTo(data.toAbsolutePath().normalize().resolve("personal-data.keys").toString());
            assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(EmbeddedPostgresServer.PORTAL_ROLE);
            // The password is named by its file in the data directory, readable by its owner only, and never printed:
            // a console is kept and shipped as a log.
            String password = Files.readString(data.resolve(EmbeddedPostgresServer.PORTAL_PASSWORD_FILE)).strip();
            assertThat(console).doesNotContain(password);
            assertThat(Path.of(environment.get("FILING_DATASOURCE_PASSWORD_FILE")))
                    .isEqualTo(data.toAbsolutePath().normalize().resolve(EmbeddedPostgresServer.PORTAL_PASSWORD_FILE));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    data.resolve(EmbeddedPostgresServer.PORTAL_PASSWORD_FILE)))).isEqualTo("rw-------");
            // The second node's portal reads the password from that file, as DatasourcePasswordFile does.
            var secondNode = new org.springframework.mock.env.MockEnvironment()
                    .withProperty("spring.datasource.url", environment.get("SPRING_DATASOURCE_URL"))
                    .withProperty(DatasourcePasswordFile.PROPERTY, environment.get("FILING_DATASOURCE_PASSWORD_FILE"));
            new DatasourcePasswordFile().postProcessEnvironment(secondNode, new org.springframework.boot.SpringApplication());
            environment.put("SPRING_DATASOURCE_PASSWORD", secondNode.getProperty("spring.datasource.password"));
            // A second node connects over TCP with exactly these values, as the portal's role and no superuser.
            try (Connection joined = DriverManager.getConnection(environment.get("SPRING_DATASOURCE_URL"),
                    environment.get("SPRING_DATASOURCE_USERNAME"), environment.get("SPRING_DATASOURCE_PASSWORD"));
                 Statement statement = joined.createStatement();
                 var rs = statement.executeQuery("select current_user, rolsuper from pg_roles where rolname = current_user")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(EmbeddedPostgresServer.PORTAL_ROLE);
                assertThat(rs.getBoolean(2)).isFalse();
            }
        }
    }

    @Test
    void thePortalRoleMayOnlyAppendToTheAuditLog() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(temp.resolve("data"), freePort());
             HikariDataSource pool = pool(server)) {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            jdbc.update("insert into change_log (actor, at, action) values ('test', now(), 'LOGIN_FAILED')");
            for (String forbidden : List.of("truncate change_log", "delete from change_log",
                    "update change_log set actor = 'x'")) {
                assertThatThrownBy(() -> jdbc.execute(forbidden)).as(forbidden).rootCause()
                        .hasMessageContaining("permission denied");
            }
            assertThat(jdbc.queryForObject("select count(*) from change_log", Long.class)).isEqualTo(1);
        }
    }

    @Test
    void aDataDirectoryOfAnEarlierVersionIsMigrated() throws Exception {
        Path data = temp.resolve("legacy");
        int port = freePort();
        // As the portal's earlier versions left it: zonky's defaults, trust authentication, the schema up to V8
        // migrated by the superuser, so that everything is owned by postgres.
        try (EmbeddedPostgres legacy = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setPort(port).start()) {
            Flyway.configure().dataSource(legacy.getPostgresDatabase()).locations("classpath:db/migration")
                    .target("8").load().migrate();
            try (Connection connection = legacy.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("insert into company (id, name, created_at, updated_at, version) "
                        + "values (gen_random_uuid(), '旧公司', now(), now(), 0)");
            }
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, port);
             HikariDataSource pool = pool(server)) {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            assertThat(jdbc.queryForObject("select name from company", String.class)).isEqualTo("旧公司");
            assertThat(jdbc.queryForList("""
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and pg_get_userbyid(c.relowner) <> current_user""", String.class))
                    .as("objects not owned by the portal role").isEmpty();
            assertThat(jdbc.queryForObject("select has_table_privilege('change_log', 'TRUNCATE')", Boolean.class))
                    .isFalse();
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aStrayServerOfOurDataDirectoryIsReplacedAndAForeignOneIsNeverAdopted() throws Exception {
        Path data = temp.resolve("data");
        int port = freePort();
        EmbeddedPostgresServer killedPortal = EmbeddedPostgresServer.start(data, port);
        killedPortal.abandon(); // the portal died; its server runs on, unsupervised
        long strayPid = killedPortal.postmasterPid();
        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(data, port)) {
            assertThat(restarted.postmasterPid()).isNotEqualTo(strayPid);
            assertThat(ProcessHandle.of(strayPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(temp.resolve("other"), port))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    /**
     * A second portal started on a running portal's data directory stops with a message and leaves the running
     * one's database alone (it used to take the running server for a stray one and stop it); once the first portal
     * has stopped, the data directory is free again.
     */
    @Test
    void aSecondPortalOnARunningPortalsDataDirectoryIsRefusedAndTheFirstKeepsItsDatabase() throws Exception {
        Path data = temp.resolve("shared");
        int port = freePort();
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, port);
             HikariDataSource pool = pool(first)) {
            long pid = first.postmasterPid();
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, freePort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another portal is already running on the data directory")
                    .hasMessageContaining(EmbeddedPostgresServer.lockFileOf(data.toAbsolutePath()).toString());
            assertThat(first.postmasterPid()).isEqualTo(pid);
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isTrue();
            assertThat(new JdbcTemplate(pool).queryForObject("select 1", Integer.class)).isEqualTo(1);
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(data, port)) {
            assertThat(again.postmasterPid()).isPositive();
        }
    }

    private static void awaitCount(Set<Integer> confirmed, int count) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (confirmed.size() < count) {
            assertThat(Instant.now()).as("waiting for %d confirmed writes", count).isBefore(deadline);
            sleepQuietly(20);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
