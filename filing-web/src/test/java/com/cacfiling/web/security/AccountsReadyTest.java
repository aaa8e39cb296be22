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
 * for the application to be ready and then finds the account. Every sign-in during the start waits, found or not,
 * so its timing tells nothing about which names exist; once ready, nothing waits.
 */
class AccountsReadyTest {

    @Test
    void aSignInDuringTheStartWaitsAndThenFindsTheAccountTheStartCreated() throws Exception {
        AccountsReady accountsReady = new AccountsReady();
        AtomicBoolean created = new AtomicBoolean();
        AtomicInteger lookups = new AtomicInteger();
        CompletableFuture<Optional<String>> signIn = CompletableFuture.supplyAsync(() -> accountsReady.lookUp(() -> {
            lookups.incrementAndGet();
            return created.get() ? Optional.of("officer.a") : Optional.empty();
        }));

        Thread.sleep(200);
        assertThat(signIn).as("waits while the start-up runners create the accounts").isNotDone();
        assertThat(lookups).as("and has not looked yet").hasValue(0);
        created.set(true);
        accountsReady.open();

        assertThat(signIn.get(10, TimeUnit.SECONDS)).contains("officer.a");
        assertThat(lookups).hasValue(1);
    }

    @Test
    void aNameThatExistsWaitsDuringTheStartAsAnUnknownOneDoes() throws Exception {
        AccountsReady accountsReady = new AccountsReady();
        CompletableFuture<Optional<String>> signIn =
                CompletableFuture.supplyAsync(() -> accountsReady.lookUp(() -> Optional.of("admin")));

        Thread.sleep(200);
        assertThat(signIn).isNotDone();
        accountsReady.open();
        assertThat(signIn.get(10, TimeUnit.SECONDS)).contains("admin");
    }

    @Test
    void onceReadyNothingWaits() {
        AccountsReady accountsReady = new AccountsReady();
        accountsReady.open();

        assertThat(accountsReady.lookUp(Optional::empty)).isEmpty();
        assertThat(accountsReady.lookUp(() -> Optional.of("admin"))).contains("admin");
    }
}
