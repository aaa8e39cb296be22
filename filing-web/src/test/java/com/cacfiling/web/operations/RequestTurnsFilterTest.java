package com.cacfiling.web.operations;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Requests take turns: a few at a time, in arrival order, uploads without a turn, nobody stuck behind a held turn. */
class RequestTurnsFilterTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final ExecutorService threads = Executors.newCachedThreadPool();
    /** The requests whose application code is running, by name, in the order they got there. */
    final List<String> entered = new CopyOnWriteArrayList<>();
    final CountDownLatch finish = new CountDownLatch(1);

    @AfterEach
    void stop() {
        finish.countDown();
        threads.shutdownNow();
    }

    /** A request whose application code records that it runs and then holds on until {@link #finish}. */
    Future<?> request(RequestTurnsFilter filter, String name, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/filings/x/steps/basic");
        request.setContentType(contentType);
        FilterChain application = (req, res) -> {
            entered.add(name);
            try {
                finish.await(30, TimeUnit.SECONDS);
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        };
        return threads.submit(() -> {
            filter.doFilter(request, new MockHttpServletResponse(), application);
            return null;
        });
    }

    /** Waits until the condition holds, at most 10 s. */
    static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s for a condition").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    double waiting() {
        return meters.get("filing.requests.waiting").gauge().value();
    }

    @Test
    void aRequestBeyondTheLimitWaitsUntilATurnIsFreeThenTheWaitingGoInArrivalOrder() throws Exception {
        RequestTurnsFilter filter = new RequestTurnsFilter(1, Duration.ofSeconds(30), meters);
        Future<?> first = request(filter, "first", "application/x-www-form-urlencoded");
        until(() -> entered.contains("first"));
        Future<?> second = request(filter, "second", "application/x-www-form-urlencoded");
        until(() -> waiting() == 1);
        Future<?> third = request(filter, "third", null);
        until(() -> waiting() == 2);
        assertThat(entered).containsExactly("first");

        finish.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        third.get(10, TimeUnit.SECONDS);
        assertThat(entered).containsExactly("first", "second", "third");
        assertThat(filter.freeTurns()).isEqualTo(1);
        assertThat(meters.get("filing.requests.turn.timeouts").counter().count()).isZero();
    }

    @Test
    void anUploadTakesNoTurn() throws Exception {
        RequestTurnsFilter filter = new RequestTurnsFilter(1, Duration.ofSeconds(30), meters);
        request(filter, "page", "application/x-www-form-urlencoded");
        until(() -> entered.contains("page"));

        request(filter, "upload", "multipart/form-data; boundary=----x");
        until(() -> entered.contains("upload"));
        assertThat(waiting()).isZero();
        assertThat(filter.freeTurns()).isZero();
    }

    @Test
    void aRequestThatWaitedTheLongestAllowedRunsAnywayIsCountedAndGivesBackNoTurnItDidNotTake() throws Exception {
        RequestTurnsFilter filter = new RequestTurnsFilter(1, Duration.ofMillis(100), meters);
        Future<?> holder = request(filter, "slow download", "application/x-www-form-urlencoded");
        until(() -> entered.contains("slow download"));

        Future<?> late = request(filter, "late", "application/x-www-form-urlencoded");
        until(() -> entered.contains("late"));
        assertThat(meters.get("filing.requests.turn.timeouts").counter().count()).isEqualTo(1);

        finish.countDown();
        holder.get(10, TimeUnit.SECONDS);
        late.get(10, TimeUnit.SECONDS);
        assertThat(filter.freeTurns()).isEqualTo(1);
    }

    @Test
    void aRequestThatFailsGivesItsTurnBack() {
        RequestTurnsFilter filter = new RequestTurnsFilter(1, Duration.ofSeconds(30), meters);
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("the application failed");
        };
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/filings"),
                new MockHttpServletResponse(), failing)).hasMessageContaining("the application failed");
        assertThat(filter.freeTurns()).isEqualTo(1);
    }
}
