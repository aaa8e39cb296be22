package com.cacfiling.web.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the accounts created at start-up exist yet. The login page is served seconds before the application is
 * ready (docs/performance.md, "Start-up"), and the demo's accounts and the first administrator are created only then,
 * by start-up runners: on a new data directory a sign-in with one of them came back as "wrong user name or password".
 * A sign-in before the application is ready now waits for it, then looks the account up. Every such sign-in
 * waits, whether its account exists or not, so that the time of the answer does not tell which names exist.
 */
@Component
public class AccountsReady {

    /** Longer than any start-up's runners take here (under a second), short enough not to hold a request long. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final CountDownLatch ready = new CountDownLatch(1);

    @EventListener(ApplicationReadyEvent.class)
    void open() {
        ready.countDown();
    }

    /** The lookup's answer, asked once the application is ready (waiting for it at most {@link #LONGEST_WAIT}). */
    public <T> Optional<T> lookUp(Supplier<Optional<T>> lookup) {
        if (ready.getCount() > 0) {
            try {
                ready.await(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return lookup.get();
    }
}
