package com.cacfiling.web.operations;

import java.time.Duration;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Tomcat's request threads: a few ({@code filing.web.concurrent-requests}, by default the cores plus one) work on the
 * requests in the order they came; the others wait in a queue. On two cores, 16 requests at once ran 16 request threads
 * with their pooled connections and PostgreSQL backends against each other: the kernel switched between them and a
 * save round trip's p99 was twice its mean. The turns were first taken by a filter on Tomcat's 200 threads (twelfth
 * round); here a thread that finishes a request takes the next one from the queue itself, where the filter woke a
 * parked thread for every turn handed on: Tomcat with 3 threads saved 11 % more round trips than the filter, with a
 * lower p99 (docs/performance.md, thirteenth and fourteenth rounds).
 * <p>
 * No request waits longer than {@code filing.web.turn-wait} (1 s): it is then lent a thread of its own, so that
 * threads held by slow clients (a large download to a phone) or by requests waiting for each other's row locks delay
 * the rest by at most that. Such requests are counted ({@code filing.requests.turn.timeouts}): if they are frequent,
 * the limit is too low for the machine (a database on another host, say). An upload gives up its turn while it runs
 * ({@link #outsideTurn}): it spends its time reading what the client sends. {@code filing.requests.waiting}: how many
 * wait for a thread now.
 */
public class RequestWorkers extends ThreadPoolExecutor {

    /** When the request the current thread works on came (Tomcat handed it over), while it runs. */
    private static final ThreadLocal<long[]> arrival = new ThreadLocal<>();
    /** Whether the current thread is one of the turn-taking workers (not a lent one). */
    private static final ThreadLocal<Boolean> takesTurns = new ThreadLocal<>();

    private final BlockingDeque<Runnable> waiting;
    private final long waitNanos;
    private final ThreadPoolExecutor lent;
    private final Counter timeouts;
    private final Thread watcher;
    private int uploadsRunning;

    public RequestWorkers(int concurrentRequests, int maxThreads, Duration wait, MeterRegistry meters) {
        this(concurrentRequests, maxThreads, wait, meters, new LinkedBlockingDeque<>());
    }

    private RequestWorkers(int concurrentRequests, int maxThreads, Duration wait, MeterRegistry meters,
            BlockingDeque<Runnable> waiting) {
        super(concurrentRequests, concurrentRequests, 60, TimeUnit.SECONDS, waiting, threads("http-turn-"));
        this.waiting = waiting;
        this.waitNanos = wait.toNanos();
        this.lent = new ThreadPoolExecutor(0, Math.max(maxThreads - concurrentRequests, 1), 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), threads("http-lent-"));
        this.timeouts = Counter.builder("filing.requests.turn.timeouts")
                .description("Requests that waited the longest allowed for a thread and were then lent one")
                .register(meters);
        Gauge.builder("filing.requests.waiting", waiting, BlockingDeque::size)
                .description("Requests waiting for a thread").register(meters);
        this.watcher = threads("http-turn-watch-").newThread(this::lendToTheOverdue);
        watcher.start();
    }

    /** The default limit: what two cores serve best with PostgreSQL beside them, measured in the load test. */
    public static int defaultConcurrentRequests() {
        return Runtime.getRuntime().availableProcessors() + 1;
    }

    @Override
    public void execute(Runnable task) {
        super.execute(new Arrival(task, System.nanoTime()));
    }

    @Override
    protected void beforeExecute(Thread thread, Runnable task) {
        takesTurns.set(Boolean.TRUE);
    }

    @Override
    protected void afterExecute(Runnable task, Throwable failure) {
        takesTurns.remove();
    }

    /**
     * When the current request came to the portal, in {@link System#nanoTime()}, if it is the first the current
     * thread works on since Tomcat handed its connection over; -1 otherwise (a request not run here, or a second one
     * read from the same connection).
     */
    public static long takeArrival() {
        long[] arrived = arrival.get();
        if (arrived == null || arrived[0] < 0) {
            return -1;
        }
        long nanos = arrived[0];
        arrived[0] = -1;
        return nanos;
    }

    /**
     * Runs the work with the current thread's turn given to the next waiting request for as long as it takes (an
     * upload reading what a slow client sends must not hold up the pages).
     */
    public <E extends Exception> void outsideTurn(Work<E> work) throws E {
        if (takesTurns.get() == null) {
            work.run();
            return;
        }
        widen(1);
        try {
            work.run();
        }
        finally {
            widen(-1);
        }
    }

    /** Work that may throw. */
    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    private synchronized void widen(int by) {
        uploadsRunning += by;
        int size = getCorePoolSize() + by;
        // The maximum may never be below the core size: raised first, lowered last. A thread more than the
        // maximum ends when it next looks for a request.
        if (by > 0) {
            setMaximumPoolSize(size);
            setCorePoolSize(size);
        }
        else {
            setCorePoolSize(size);
            setMaximumPoolSize(size);
        }
    }

    /** The watcher's loop: sleeps until the first waiting request is due, then lends it a thread. */
    private void lendToTheOverdue() {
        while (!isShutdown()) {
            Runnable first = waiting.peekFirst();
            if (first == null) {
                // A request queued from now on is due no sooner than a wait from now.
                LockSupport.parkNanos(this, waitNanos);
                continue;
            }
            long due = ((Arrival) first).arrived + waitNanos - System.nanoTime();
            if (due > 0) {
                LockSupport.parkNanos(this, due);
                continue;
            }
            if (waiting.removeFirstOccurrence(first)) {
                try {
                    lent.execute(first);
                    timeouts.increment();
                }
                catch (RejectedExecutionException allLent) {
                    // Every thread Tomcat may have is busy: the request keeps its place at the head.
                    waiting.offerFirst(first);
                    LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(10));
                }
            }
        }
    }

    @Override
    protected void terminated() {
        lent.shutdown();
    }

    @Override
    public void shutdown() {
        super.shutdown();
        LockSupport.unpark(watcher);
    }

    @Override
    public java.util.List<Runnable> shutdownNow() {
        java.util.List<Runnable> left = super.shutdownNow();
        left.addAll(lent.shutdownNow());
        LockSupport.unpark(watcher);
        return left;
    }

    /** Uploads running outside their turn now (for tests). */
    synchronized int uploadsRunning() {
        return uploadsRunning;
    }

    /** Requests running on lent threads now (for tests). */
    int lentRunning() {
        return lent.getActiveCount();
    }

    /** The thread that lends threads to overdue requests (for tests). */
    Thread watcher() {
        return watcher;
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + number.incrementAndGet());
            // As Tomcat's own request threads: they must not keep the JVM alive.
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A request Tomcat handed over, with when it came. */
    private static final class Arrival implements Runnable {
        private final Runnable task;
        private final long arrived;

        Arrival(Runnable task, long arrived) {
            this.task = task;
            this.arrived = arrived;
        }

        @Override
        public void run() {
            arrival.set(new long[] { arrived });
            try {
                task.run();
            }
            finally {
                arrival.remove();
            }
        }
    }
}
