package com.cacfiling.web.operations;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartResolver;

/**
 * Requests are worked on a few at a time ({@code filing.web.concurrent-requests}, by default the cores plus one); the
 * others wait their turn in the order they came. On two cores, 16 requests at once ran 16 request threads with their
 * pooled connections and PostgreSQL backends against each other: the kernel switched between them, HikariCP spun
 * handing connections to waiting threads, and a save round trip's p99 was twice its mean. Taking turns, a request
 * runs nearly uninterrupted once it starts, and the p99 is 1.2-1.4 times the mean (docs/performance.md, "Twelfth
 * round").
 * <p>
 * Uploads (multipart) take no turn: they spend their time reading what the client sends. No request waits longer
 * than {@code filing.web.turn-wait} (1 s) for its turn; it then runs anyway, so that turns held by slow clients (a
 * large download to a phone) or by requests waiting for each other's row locks delay the rest by at most that. Such
 * requests are counted ({@code filing.requests.turn.timeouts}): if they are frequent, the limit is too low for the
 * machine (a database on another host, say). {@code filing.requests.waiting}: how many wait for a turn now.
 */
public class RequestTurnsFilter extends OncePerRequestFilter {

    private final Semaphore turns;
    private final long waitNanos;
    private final Counter timeouts;
    private final MultipartResolver uploads;

    public RequestTurnsFilter(int concurrentRequests, Duration wait, MultipartResolver uploads, MeterRegistry meters) {
        this.uploads = uploads;
        this.turns = new Semaphore(concurrentRequests, true);
        this.waitNanos = wait.toNanos();
        this.timeouts = Counter.builder("filing.requests.turn.timeouts")
                .description("Requests that waited the longest allowed for their turn and then ran anyway")
                .register(meters);
        Gauge.builder("filing.requests.waiting", turns, Semaphore::getQueueLength)
                .description("Requests waiting for their turn").register(meters);
    }

    /** The default limit: what two cores serve best with PostgreSQL beside them, measured in the load test. */
    public static int defaultConcurrentRequests() {
        return Runtime.getRuntime().availableProcessors() + 1;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (uploads.isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean turn = takeTurn();
        try {
            chain.doFilter(request, response);
        }
        finally {
            if (turn) {
                turns.release();
            }
        }
    }

    private boolean takeTurn() {
        try {
            if (turns.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                return true;
            }
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        timeouts.increment();
        return false;
    }

    /** Turns free now (for tests). */
    int freeTurns() {
        return turns.availablePermits();
    }
}
