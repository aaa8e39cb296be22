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
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Requests take turns: a few at a time, in arrival order, uploads without a turn, nobody stuck behind a held turn. */
class RequestTurnsFilterTest {

    static final String FORM = "application/x-www-form-urlencoded";

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

    RequestTurnsFilter turns(Duration wait) {
        return new RequestTurnsFilter(1, wait, new StandardServletMultipartResolver(), meters);
    }

    /** {@link #request} once its application code runs. */
    Future<?> running(RequestTurnsFilter filter, String name) throws InterruptedException {
        Future<?> running = request(filter, name, FORM);
        until(() -> entered.contains(name));
        return running;
    }

    double timeouts() {
        return meters.get("filing.requests.turn.timeouts").counter().count();
    }

    double waiting() {
        return meters.get("filing.requests.waiting").gauge().value();
    }

    @Test
    void aRequestBeyondTheLimitWaitsUntilATurnIsFreeThenTheWaitingGoInArrivalOrder() throws Exception {
        RequestTurnsFilter filter = turns(Duration.ofSeconds(30));
        Future<?> first = running(filter, "first");
        Future<?> second = request(filter, "second", FORM);
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
        assertThat(timeouts()).isZero();
    }

    @Test
    void anUploadTakesNoTurn() throws Exception {
        RequestTurnsFilter filter = turns(Duration.ofSeconds(30));
        running(filter, "page");

        request(filter, "upload", "multipart/form-data; boundary=----x");
        until(() -> entered.contains("upload"));
        assertThat(waiting()).isZero();
        assertThat(filter.freeTurns()).isZero();
    }

    @Test
    void aRequestThatWaitedTheLongestAllowedRunsAnywayIsCountedAndGivesBackNoTurnItDidNotTake() throws Exception {
        RequestTurnsFilter filter = turns(Duration.ofMillis(100));
        Future<?> holder = running(filter, "slow download");

        Future<?> late = running(filter, "late");
        assertThat(timeouts()).isEqualTo(1);

        finish.countDown();
        holder.get(10, TimeUnit.SECONDS);
        late.get(10, TimeUnit.SECONDS);
        assertThat(filter.freeTurns()).isEqualTo(1);
    }

    @Test
    void aRequestThatFailsGivesItsTurnBack() {
        RequestTurnsFilter filter = turns(Duration.ofSeconds(30));
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("the application failed");
        };
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/filings"),
                new MockHttpServletResponse(), failing)).hasMessageContaining("the application failed");
        assertThat(filter.freeTurns()).isEqualTo(1);
    }
}
