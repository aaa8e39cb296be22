package com.cacfiling.web.operations;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests take turns on a few threads: in arrival order, uploads outside their turn, nobody stuck longer than the
 * wait behind threads held by others.
 */
class RequestWorkersTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    /** The requests whose work is running, by name, in the order they got there. */
    final List<String> entered = new CopyOnWriteArrayList<>();
    final CountDownLatch finish = new CountDownLatch(1);
    RequestWorkers workers;

    @AfterEach
    void stop() throws InterruptedException {
        finish.countDown();
        workers.shutdownNow();
        assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    RequestWorkers workers(int concurrentRequests, Duration wait) {
        workers = new RequestWorkers(concurrentRequests, 10, wait, meters);
        return workers;
    }

    /** A request whose work records that it runs and then holds on until {@link #finish}. */
    Runnable request(String name) {
        return () -> {
            entered.add(name);
            await(finish);
        };
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the condition holds, at most 10 s. */
    static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s for a condition").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    double timeouts() {
        return meters.get("filing.requests.turn.timeouts").counter().count();
    }

    double waiting() {
        return meters.get("filing.requests.waiting").gauge().value();
    }

    @Test
    void requestsBeyondTheLimitWaitUntilAThreadIsFreeThenGoInArrivalOrder() throws Exception {
        workers(2, Duration.ofSeconds(30));
        workers.execute(request("first"));
        workers.execute(request("second"));
        until(() -> entered.size() == 2);
        workers.execute(request("third"));
        workers.execute(request("fourth"));
        workers.execute(request("fifth"));
        until(() -> waiting() == 3);
        Thread.sleep(50);
        assertThat(entered).containsExactlyInAnyOrder("first", "second");
        assertThat(workers.getActiveCount()).isEqualTo(2);

        finish.countDown();
        until(() -> workers.getCompletedTaskCount() == 5);
        assertThat(entered.subList(2, 5)).containsExactly("third", "fourth", "fifth");
        assertThat(timeouts()).isZero();
        assertThat(workers.getPoolSize()).isEqualTo(2);
    }

    @Test
    void aRequestThatWaitedTheLongestAllowedIsLentAThreadAndCounted() throws Exception {
        workers(1, Duration.ofMillis(200));
        workers.execute(request("slow download"));
        until(() -> entered.contains("slow download"));

        long queued = System.nanoTime();
        workers.execute(request("late"));
        until(() -> entered.contains("late"));
        assertThat(System.nanoTime() - queued).as("waited the turn-wait first")
                .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
        assertThat(timeouts()).isEqualTo(1);
        assertThat(waiting()).isZero();
        assertThat(workers.lentRunning()).isEqualTo(1);
        assertThat(workers.getActiveCount()).as("the held thread").isEqualTo(1);

        finish.countDown();
        until(() -> workers.lentRunning() == 0 && workers.getActiveCount() == 0);
    }

    @Test
    void anUploadGivesItsTurnToTheNextWaitingRequestAndTakesItBackWhenDone() throws Exception {
        workers(1, Duration.ofSeconds(30));
        UploadTurnFilter filter = new UploadTurnFilter(workers, new StandardServletMultipartResolver());
        CountDownLatch uploadRead = new CountDownLatch(1);
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/filings/x/attachments");
        upload.setContentType("multipart/form-data; boundary=----x");
        FilterChain readsSlowly = (req, res) -> {
            entered.add("upload");
            await(uploadRead);
        };
        workers.execute(() -> {
            try {
                filter.doFilter(upload, new MockHttpServletResponse(), readsSlowly);
            }
            catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        });
        until(() -> entered.contains("upload"));
        workers.execute(request("page"));
        until(() -> entered.contains("page"));
        assertThat(workers.uploadsRunning()).isEqualTo(1);
        assertThat(timeouts()).isZero();

        uploadRead.countDown();
        until(() -> workers.uploadsRunning() == 0);
        assertThat(workers.getCorePoolSize()).isEqualTo(1);
        assertThat(workers.getMaximumPoolSize()).isEqualTo(1);
        finish.countDown();
        until(() -> workers.getActiveCount() == 0 && workers.getPoolSize() == 1);
    }

    @Test
    void aPageRequestKeepsItsTurn() throws Exception {
        workers(1, Duration.ofSeconds(30));
        UploadTurnFilter filter = new UploadTurnFilter(workers, new StandardServletMultipartResolver());
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/filings/x/steps/basic");
        form.setContentType("application/x-www-form-urlencoded");
        workers.execute(() -> {
            try {
                filter.doFilter(form, new MockHttpServletResponse(), (req, res) -> request("form").run());
            }
            catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        });
        until(() -> entered.contains("form"));
        workers.execute(request("page"));
        until(() -> waiting() == 1);
        Thread.sleep(50);
        assertThat(entered).containsExactly("form");
        assertThat(workers.uploadsRunning()).isZero();
    }

    @Test
    void workOutsideTheWorkersTakesNoTurnToGiveUp() {
        workers(1, Duration.ofSeconds(30));
        AtomicLong ran = new AtomicLong();
        workers.outsideTurn(ran::incrementAndGet);
        assertThat(ran).hasValue(1);
        assertThat(workers.getCorePoolSize()).isEqualTo(1);
    }

    @Test
    void aRequestKnowsWhenItArrivedOnceAndAFailingOneFreesItsThread() throws Exception {
        workers(1, Duration.ofSeconds(30));
        AtomicLong arrived = new AtomicLong();
        AtomicLong askedAgain = new AtomicLong();
        long before = System.nanoTime();
        workers.execute(() -> {
            arrived.set(RequestWorkers.takeArrival());
            askedAgain.set(RequestWorkers.takeArrival());
            throw new IllegalStateException("the application failed");
        });
        CountDownLatch next = new CountDownLatch(1);
        workers.execute(next::countDown);
        assertThat(next.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(arrived.get()).isBetween(before, System.nanoTime());
        assertThat(askedAgain).as("a second request read from the same connection").hasValue(-1);
        assertThat(RequestWorkers.takeArrival()).as("not a request thread").isEqualTo(-1);
    }

    @Test
    void shutdownEndsTheWatcherAndTheThreads() throws Exception {
        workers(2, Duration.ofMillis(100));
        workers.execute(() -> { });
        workers.shutdown();
        assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        until(() -> !workers.watcher().isAlive());
    }
}
