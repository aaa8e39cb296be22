package com.cacfiling.web.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The last use of a token is shown to the minute, and written at most once a minute. */
class ApiTokenUseTest {

    private final Instant created = Instant.parse("2026-11-30T08:00:00Z");
    private final ApiToken token = new ApiToken(UUID.randomUUID(), "ci", "hash", "fpat_abc", created);

    @Test
    void firstUseIsNoted() {
        token.used(created.plusSeconds(5));
        assertThat(token.getLastUsedAt()).isEqualTo(created.plusSeconds(5));
    }

    @Test
    void usesWithinAMinuteKeepTheNotedTime() {
        token.used(created.plusSeconds(5));
        token.used(created.plusSeconds(30));
        token.used(created.plusSeconds(64));
        assertThat(token.getLastUsedAt()).isEqualTo(created.plusSeconds(5));
    }

    @Test
    void aUseAMinuteLaterIsNoted() {
        token.used(created.plusSeconds(5));
        token.used(created.plusSeconds(65));
        assertThat(token.getLastUsedAt()).isEqualTo(created.plusSeconds(65));
    }

    @Test
    void aClockSetBackIsNotedAsItIs() {
        token.used(created.plusSeconds(120));
        token.used(created.plusSeconds(10));
        assertThat(token.getLastUsedAt()).isEqualTo(created.plusSeconds(10));
    }
}
