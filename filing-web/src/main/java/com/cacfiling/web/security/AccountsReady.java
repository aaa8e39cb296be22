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
 * A sign-in that finds no account before the application is ready now waits for it and looks again.
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

    /**
     * The lookup's answer; when it found nothing while the application was not ready yet, the answer of the same
     * lookup once it is (after at most {@link #LONGEST_WAIT}).
     */
    public <T> Optional<T> lookUp(Supplier<Optional<T>> lookup) {
        boolean wasReady = ready.getCount() == 0;
        Optional<T> found = lookup.get();
        if (found.isPresent() || wasReady) {
            return found;
        }
        try {
            return ready.await(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS) ? lookup.get() : found;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return found;
        }
    }
}
