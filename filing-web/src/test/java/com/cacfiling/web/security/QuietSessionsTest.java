package com.cacfiling.web.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.cacfiling.web.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** QuietSessions over the portal's real JDBC session repository and PostgreSQL. */
@PortalTest
class QuietSessionsTest {

    @Autowired
    JdbcIndexedSessionRepository jdbcSessions;

    @Autowired
    QuietSessions portalSessions;

    @Test
    void theLastAccessTimeIsWrittenOnlyWhenTheTouchIntervalHasPassed() {
        QuietSessions sessions = new QuietSessions(jdbcSessions, Duration.ofMinutes(1));
        QuietSessions.QuietSession created = sessions.createSession();
        created.setAttribute("note", "kept");
        sessions.save(created);
        Instant stored = sessions.findById(created.getId()).getLastAccessedTime().truncatedTo(ChronoUnit.MILLIS);

        QuietSessions.QuietSession soon = sessions.findById(created.getId());
        soon.setLastAccessedTime(stored.plusSeconds(59));
        sessions.save(soon);
        assertThat(sessions.findById(created.getId()).getLastAccessedTime()).isEqualTo(stored);

        QuietSessions.QuietSession later = sessions.findById(created.getId());
        later.setLastAccessedTime(stored.plusSeconds(60));
        sessions.save(later);
        QuietSessions.QuietSession reread = sessions.findById(created.getId());
        assertThat(reread.getLastAccessedTime()).isEqualTo(stored.plusSeconds(60));
        assertThat(reread.<String>getAttribute("note")).isEqualTo("kept");
    }

    @Test
    void withinOneRequestASessionIsReadOnceAndNeverCarriedIntoTheNext() throws Exception {
        QuietSessions.QuietSession created = portalSessions.createSession();
        portalSessions.save(created);
        AtomicReference<Object> first = new AtomicReference<>();
        AtomicReference<Object> second = new AtomicReference<>();
        new QuietSessions.RequestScope().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                (request, response) -> {
                    first.set(portalSessions.findById(created.getId()));
                    second.set(portalSessions.findById(created.getId()));
                });
        assertThat(second.get()).isSameAs(first.get());

        AtomicReference<Object> nextRequest = new AtomicReference<>();
        new QuietSessions.RequestScope().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                (request, response) -> nextRequest.set(portalSessions.findById(created.getId())));
        assertThat(nextRequest.get()).isNotNull().isNotSameAs(first.get());
        assertThat(portalSessions.findById(created.getId())).as("outside a request nothing is kept")
                .isNotSameAs(portalSessions.findById(created.getId()));
    }

    @Test
    void aDeletedSessionIsGoneEvenWithinTheRequestThatLoadedIt() throws Exception {
        QuietSessions.QuietSession created = portalSessions.createSession();
        portalSessions.save(created);
        AtomicReference<Object> afterDelete = new AtomicReference<>("not run");
        new QuietSessions.RequestScope().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                (request, response) -> {
                    portalSessions.findById(created.getId());
                    portalSessions.deleteById(created.getId());
                    afterDelete.set(portalSessions.findById(created.getId()));
                });
        assertThat(afterDelete.get()).isNull();
    }
}
