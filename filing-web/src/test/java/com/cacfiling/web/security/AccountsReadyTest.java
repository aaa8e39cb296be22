package com.cacfiling.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * A sign-in during the start with an account the start-up creates (the demo's, the first administrator): it waits
 * for the application to be ready and then finds the account; once ready, a name that does not exist is refused at
 * once, looked up only once.
 */
class AccountsReadyTest {

    @Test
    void anAccountCreatedByTheStartIsFoundBySignInsThatCameEarlier() throws Exception {
        AccountsReady accountsReady = new AccountsReady();
        AtomicBoolean created = new AtomicBoolean();
        AtomicInteger lookups = new AtomicInteger();
        CompletableFuture<Optional<String>> signIn = CompletableFuture.supplyAsync(() -> accountsReady.lookUp(() -> {
            lookups.incrementAndGet();
            return created.get() ? Optional.of("officer.a") : Optional.empty();
        }));

        while (lookups.get() == 0) {
            Thread.onSpinWait();
        }
        assertThat(signIn).as("waits while the start-up runners create the accounts").isNotDone();
        created.set(true);
        accountsReady.open();

        assertThat(signIn.get(10, TimeUnit.SECONDS)).contains("officer.a");
        assertThat(lookups).hasValue(2);
    }

    @Test
    void onceReadyAnUnknownNameIsRefusedAtOnce() {
        AccountsReady accountsReady = new AccountsReady();
        accountsReady.open();
        AtomicInteger lookups = new AtomicInteger();

        assertThat(accountsReady.lookUp(() -> {
            lookups.incrementAndGet();
            return Optional.empty();
        })).isEmpty();
        assertThat(lookups).hasValue(1);
    }

    @Test
    void anAccountThatExistsIsFoundWithoutWaitingEvenDuringTheStart() {
        AccountsReady accountsReady = new AccountsReady();

        assertThat(accountsReady.lookUp(() -> Optional.of("admin"))).contains("admin");
    }
}
