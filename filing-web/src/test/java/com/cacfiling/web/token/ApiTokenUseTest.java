package com.cacfiling.web.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The last use of a token is shown to the minute, and written at most once a minute. */
class ApiTokenUseTest {

    private final Instant created = Instant.parse("2026-11-30T08:00:00Z");

    /** The last use written after the uses at these seconds after creation, as the authentication writes it. */
    private Instant notedAfter(int... seconds) {
        Instant noted = null;
        for (int second : seconds) {
            Instant at = created.plusSeconds(second);
            if (ApiToken.useToNote(noted, at)) {
                noted = at;
            }
        }
        return noted;
    }

    @Test
    void firstUseIsNoted() {
        assertThat(notedAfter(5)).isEqualTo(created.plusSeconds(5));
    }

    @Test
    void usesWithinAMinuteKeepTheNotedTime() {
        assertThat(notedAfter(5, 30, 64)).isEqualTo(created.plusSeconds(5));
    }

    @Test
    void aUseAMinuteLaterIsNoted() {
        assertThat(notedAfter(5, 65)).isEqualTo(created.plusSeconds(65));
    }

    @Test
    void aClockSetBackIsNotedAsItIs() {
        assertThat(notedAfter(120, 10)).isEqualTo(created.plusSeconds(10));
    }
}
