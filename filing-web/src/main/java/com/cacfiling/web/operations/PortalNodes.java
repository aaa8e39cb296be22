package com.cacfiling.web.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The portal nodes that share this database (table {@code portal_node}, V63): each node enters itself when its web
 * server is up, refreshes its row every 30 seconds and removes it when it stops; a node that was killed is forgotten
 * by housekeeping once it has not reported for {@value #GONE_AFTER_MINUTES} minutes. Times are the database's.
 */
@Component
public class PortalNodes {

    static final int GONE_AFTER_MINUTES = 3;

    private static final Logger log = LoggerFactory.getLogger(PortalNodes.class);

    /** A node as the table shows it. */
    public record Node(String id, String host, int httpPort, Instant startedAt, Instant lastSeenAt) {
    }

    private final JdbcTemplate jdbc;
    private final String host;
    private volatile String self;
    private volatile int port;

    PortalNodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.host = hostName();
    }

    /** The management server of a separate port starts a web server too; the node is the main one's. */
    @EventListener
    void webServerStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            return;
        }
        port = event.getWebServer().getPort();
        self = host + ":" + port + "#" + ProcessHandle.current().pid();
        jdbc.update("""
                insert into portal_node (node_id, host, http_port, started_at, last_seen_at)
                values (?, ?, ?, now(), now())
                on conflict (node_id) do update set started_at = now(), last_seen_at = now()""", self, host, port);
    }

    /** Every node reports, not one: this is not locked. */
    @Scheduled(fixedDelayString = "${filing.nodes.heartbeat:PT30S}", initialDelayString = "${filing.nodes.heartbeat:PT30S}")
    void heartbeat() {
        if (self == null) {
            return;
        }
        try {
            // A node forgotten during a long pause (e.g. the database was away) enters itself again.
            jdbc.update("""
                    insert into portal_node (node_id, host, http_port, started_at, last_seen_at)
                    values (?, ?, ?, now(), now())
                    on conflict (node_id) do update set last_seen_at = now()""", self, host, port);
        }
        catch (DataAccessException unavailable) {
            log.warn("Node {} could not report to the database: {}", self, unavailable.getMessage());
        }
    }

    /** The nodes that reported recently, this one included, oldest first. */
    public List<Node> active() {
        return jdbc.query("""
                select node_id, host, http_port, started_at, last_seen_at from portal_node
                where last_seen_at >= now() - make_interval(mins => ?)
                order by started_at, node_id""",
                (rs, i) -> new Node(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant()), GONE_AFTER_MINUTES);
    }

    /** This node's id ({@code host:port#pid}); null before its web server has started. */
    public String self() {
        return self;
    }

    int forgetGone() {
        return jdbc.update("delete from portal_node where last_seen_at < now() - make_interval(mins => ?)",
                GONE_AFTER_MINUTES);
    }

    /**
     * Removes this node's row when it stops, within a few seconds: when the database is stopped at the same time
     * (the embedded one stops with the JVM), a connection is never handed out and the stop must not wait for the
     * pool's timeout. A row left behind is forgotten by housekeeping.
     */
    @PreDestroy
    void leave() {
        if (self == null) {
            return;
        }
        String leaving = self;
        java.util.concurrent.CompletableFuture<Integer> signOff = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> jdbc.update("delete from portal_node where node_id = ?", leaving));
        try {
            signOff.get(3, java.util.concurrent.TimeUnit.SECONDS);
        }
        catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException unavailable) {
            signOff.cancel(true);
            log.debug("Node {} could not sign off: {}", leaving, unavailable.getMessage());
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException ex) {
            return "localhost";
        }
    }
}
