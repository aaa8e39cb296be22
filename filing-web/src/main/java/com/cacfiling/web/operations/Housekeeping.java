package com.cacfiling.web.operations;

import com.cacfiling.web.security.LoginThrottle;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The portal's periodic clean-up, run by one node at a time however many share the database: expired HTTP sessions
 * (Spring Session's own clean-up is switched off, {@code spring.session.jdbc.cleanup-cron=-}, so that it does not run
 * on every node), sign-in failures whose window has passed, and nodes that stopped reporting. Each run is counted
 * ({@code filing.housekeeping.runs} per node), so an operator sees in Prometheus which node did the work.
 */
@Component
class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final JdbcIndexedSessionRepository sessions;
    private final LoginThrottle throttle;
    private final PortalNodes nodes;
    private final Counter runs;

    Housekeeping(JdbcIndexedSessionRepository sessions, LoginThrottle throttle, PortalNodes nodes,
            MeterRegistry meters) {
        this.sessions = sessions;
        this.throttle = throttle;
        this.nodes = nodes;
        this.runs = Counter.builder("filing.housekeeping.runs")
                .description("Housekeeping runs on this node (one node runs each scheduled time)")
                .register(meters);
    }

    /**
     * Every five minutes by default. The lock is held at least {@code lock-at-least-for} (one minute), longer than
     * the nodes' clocks can differ, so that a node whose scheduler fires a little later finds the run done.
     */
    @Scheduled(cron = "${filing.housekeeping.cron:0 */5 * * * *}")
    @SchedulerLock(name = "housekeeping", lockAtLeastFor = "${filing.housekeeping.lock-at-least-for:PT1M}",
            lockAtMostFor = "PT10M")
    void run() {
        sessions.cleanUpExpiredSessions();
        int failures = throttle.forgetExpired();
        int gone = nodes.forgetGone();
        runs.increment();
        log.info("Housekeeping on node {}: expired sessions removed, {} sign-in failure records and {} stopped nodes "
                + "forgotten", nodes.self(), failures, gone);
    }

    /** Runs so far on this node. */
    long runCount() {
        return (long) runs.count();
    }
}
