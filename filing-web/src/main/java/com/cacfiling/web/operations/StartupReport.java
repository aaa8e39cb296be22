package com.cacfiling.web.operations;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says at start-up, in the log, what an operator needs to know about this node: which database it uses (URL and
 * role, never the password), where that database keeps its data when the portal runs it itself, and which nodes
 * share it. The embedded database's join lines for a second node are printed when that database starts
 * ({@code EmbeddedPostgresEnvironmentPostProcessor}).
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Environment environment;
    private final PortalNodes nodes;

    StartupReport(Environment environment, PortalNodes nodes) {
        this.environment = environment;
        this.nodes = nodes;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            return;
        }
        log.info(report());
    }

    String report() {
        boolean embedded = environment.getProperty("filing.embedded-db.active", Boolean.class, false);
        String dataDirectory = embedded
                ? Path.of(environment.getProperty("filing.embedded-db.data-dir", "./data/postgres")).toAbsolutePath()
                        .normalize().toString()
                : "none on this node (the database server keeps the data, uploaded evidence included: an external "
                        + "PostgreSQL or the embedded one of the node that started it)";
        String shared = nodes.active().stream()
                .map(node -> node.id() + (node.id().equals(nodes.self()) ? " (this node)" : ""))
                .collect(Collectors.joining(", "));
        return String.join(System.lineSeparator(),
                "CAC Filing Portal node " + (nodes.self() == null ? "(no web server)" : nodes.self()) + " is ready",
                "  database:       " + withoutParameters(environment.getProperty("spring.datasource.url")) + " as role "
                        + environment.getProperty("spring.datasource.username")
                        + (embedded ? " (embedded PostgreSQL run by this node)" : ""),
                "  data directory: " + dataDirectory,
                "  nodes sharing this database: " + (shared.isEmpty() ? "none reported yet" : shared));
    }

    /** A JDBC URL may carry credentials in its parameters ({@code ?password=…}); the log shows none. */
    static String withoutParameters(String url) {
        if (url == null) {
            return "(none)";
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
