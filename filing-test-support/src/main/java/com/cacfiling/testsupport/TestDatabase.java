package com.cacfiling.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one real PostgreSQL server of a test JVM, chosen once:
 * <ol>
 *   <li>an external server when {@code FILING_TEST_DB_URL} is set (with {@code FILING_TEST_DB_USER} and
 *       {@code FILING_TEST_DB_PASSWORD}); each test JVM creates and later drops a database of its own there,</li>
 *   <li>otherwise a Testcontainers PostgreSQL 17 when a Docker engine answers,</li>
 *   <li>otherwise an embedded PostgreSQL 17 in a temporary directory.</li>
 * </ol>
 * The embedded server runs as zonky starts it, without fsync and synchronous commit: tests do not measure the
 * disk. The load test measures what users get and asks for a {@linkplain #durable() durable} one, set up as the
 * portal's own embedded server (fsync, synchronous commit and full-page writes on).
 */
public final class TestDatabase {

    /** How to reach the test database, and which of the three sources provides it. */
    public record ConnectionDetails(String url, String username, String password, String source) {
    }

    private static ConnectionDetails details;
    private static boolean durableDetails;

    private TestDatabase() {
    }

    public static synchronized ConnectionDetails get() {
        if (details == null) {
            details = start(false);
        }
        return details;
    }

    /**
     * The test database, durable: a confirmed commit is on disk. Only if it is the first the JVM asks for, since a
     * JVM has one; an external or Testcontainers server is as durable as it was set up (PostgreSQL's defaults are).
     */
    public static synchronized ConnectionDetails durable() {
        if (details == null) {
            details = start(true);
            durableDetails = true;
        }
        if (!durableDetails && details.source().equals("embedded")) {
            throw new IllegalStateException("This JVM's embedded test database was started without fsync; "
                    + "run what needs a durable one in a JVM of its own");
        }
        return details;
    }

    private static ConnectionDetails start(boolean durable) {
        String externalUrl = System.getenv("FILING_TEST_DB_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            return externalDatabase(externalUrl, env("FILING_TEST_DB_USER", "postgres"),
                    env("FILING_TEST_DB_PASSWORD", ""));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-postgres-stop"));
            return new ConnectionDetails(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "testcontainers");
        }
        try {
            EmbeddedPostgres postgres = embedded(durable).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                }
                catch (IOException ignored) {
                    // The JVM is exiting and the temporary directory goes with it.
                }
            }, "test-postgres-stop"));
            return new ConnectionDetails(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start the embedded test PostgreSQL", ex);
        }
    }

    /** zonky's server; durable as the portal's own embedded server (its -F switches fsync off, our -c on again). */
    static EmbeddedPostgres.Builder embedded(boolean durable) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (durable) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        return builder;
    }

    private static ConnectionDetails externalDatabase(String serverUrl, String username, String password) {
        String database = "filing_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(serverUrl, username, password, "create database " + database);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> execute(serverUrl, username, password, "drop database if exists " + database + " with (force)"),
                "test-database-drop"));
        return new ConnectionDetails(replaceDatabase(serverUrl, database), username, password, "external");
    }

    /** jdbc:postgresql://host:port/anything?params → the same URL naming {@code database}. */
    static String replaceDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int hostStart = base.indexOf("//") + 2;
        int slash = base.indexOf('/', hostStart);
        String server = slash < 0 ? base : base.substring(0, slash);
        return server + "/" + database + params;
    }

    private static void execute(String url, String username, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url, ex);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException | LinkageError ex) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
