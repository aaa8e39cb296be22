package com.cacfiling.web.db;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL server owned by the portal when no datasource URL is configured, so that the portal
 * runs out of the box (see {@link EmbeddedPostgresServer}: durable, supervised, password-protected, and the
 * portal connects as a role that is not a superuser). The data directory persists across restarts; a configured
 * {@code spring.datasource.url} (production) switches this off entirely.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "filing.embedded-db.enabled";
    static final String DATA_DIR = "filing.embedded-db.data-dir";
    static final String PORT = "filing.embedded-db.port";

    // One server per JVM: Spring may build several application contexts (tests, devtools restarts).
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

    private final Log log;

    public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);
    }

    @Override
    public int getOrder() {
        // After the config data (application.properties, profiles) has been loaded.
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty(DATA_DIR, "./data/postgres")).toAbsolutePath().normalize();
        int port = environment.getProperty(PORT, Integer.class, 54329);
        EmbeddedPostgresServer postgres = start(dataDir, port);

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", postgres.jdbcUrl());
        properties.put("spring.datasource.username", postgres.portalUsername());
        properties.put("spring.datasource.password", postgres.portalPassword());
        properties.put("filing.embedded-db.active", "true");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
        // Demo data by default on the embedded database, unless configured otherwise.
        if (environment.getProperty("filing.demo.enabled") == null) {
            environment.getPropertySources().addLast(
                    new MapPropertySource("embeddedPostgresDefaults", Map.of("filing.demo.enabled", "true")));
        }
        log.info("Embedded PostgreSQL is running on port " + postgres.port() + " with its data in " + dataDir
                + " (set " + DATA_DIR + " to move it, or spring.datasource.url to use an external server)");
    }

    /**
     * Printed on the console, not logged through the deferred log: a second node is started by copying these
     * lines into its environment, so they stand alone, without log prefixes. They name the data directory's
     * {@code portal.password} (readable by its owner only) rather than carry the password: consoles are kept and
     * shipped as logs.
     */
    static void printJoinLines(EmbeddedPostgresServer postgres, java.io.PrintStream out) {
        out.println("To let a second portal node on this machine share this database, start it with:");
        postgres.joinLines().forEach(out::println);
        // The second node must read and write resident ID numbers with the same keys (README, "Personal data").
        out.println("FILING_PERSONAL_DATA_KEY_FILE=" + postgres.dataDirectory()
                .resolve(com.cacfiling.web.privacy.PersonalDataKeys.KEY_FILE));
        out.flush();
    }

    private EmbeddedPostgresServer start(Path dataDir, int port) {
        synchronized (RUNNING) {
            return RUNNING.computeIfAbsent(dataDir, dir -> {
                // This runs before logging is set up: the deferred log replays the notices afterwards.
                EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir, port, log::warn);
                // Stopped after the application contexts have closed, not beside them in a hook of its own: a
                // graceful shutdown lets requests in progress finish, and they need the database until then.
                SpringApplication.getShutdownHandlers().add(postgres::close);
                printJoinLines(postgres, System.out);
                return postgres;
            });
        }
    }
}
