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
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
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
    void aSessionTheRequestDidNotChangeIsNotWrittenAndAChangedOneIs() {
        SavesCounted counted = new SavesCounted(jdbcSessions);
        QuietSessions sessions = new QuietSessions(counted, Duration.ofMinutes(1));
        QuietSessions.QuietSession created = sessions.createSession();
        sessions.save(created);
        assertThat(counted.saves).as("a new session is written").isEqualTo(1);

        QuietSessions.QuietSession read = sessions.findById(created.getId());
        read.getAttribute("note");
        read.setLastAccessedTime(read.getLastAccessedTime().plusSeconds(30));
        sessions.save(read);
        assertThat(counted.saves).as("read and touched within the interval: nothing to write").isEqualTo(1);

        QuietSessions.QuietSession changed = sessions.findById(created.getId());
        changed.setAttribute("note", "kept");
        sessions.save(changed);
        sessions.save(changed);
        assertThat(counted.saves).as("a change is written once").isEqualTo(2);
        assertThat(sessions.findById(created.getId()).<String>getAttribute("note")).isEqualTo("kept");

        QuietSessions.QuietSession removed = sessions.findById(created.getId());
        removed.removeAttribute("note");
        sessions.save(removed);
        assertThat(sessions.findById(created.getId()).<String>getAttribute("note")).isNull();

        QuietSessions.QuietSession renamed = sessions.findById(created.getId());
        String newId = renamed.changeSessionId();
        sessions.save(renamed);
        assertThat(sessions.findById(newId)).isNotNull();
        assertThat(sessions.findById(created.getId())).isNull();
        assertThat(counted.saves).isEqualTo(4);
    }

    /** The real JDBC repository, counting the saves that reach it. */
    private static final class SavesCounted implements FindByIndexNameSessionRepository<Session> {

        private final FindByIndexNameSessionRepository<Session> jdbc;
        int saves;

        @SuppressWarnings("unchecked")
        SavesCounted(JdbcIndexedSessionRepository jdbc) {
            this.jdbc = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) jdbc;
        }

        @Override
        public Session createSession() {
            return jdbc.createSession();
        }

        @Override
        public void save(Session session) {
            saves++;
            jdbc.save(session);
        }

        @Override
        public Session findById(String id) {
            return jdbc.findById(id);
        }

        @Override
        public void deleteById(String id) {
            jdbc.deleteById(id);
        }

        @Override
        public java.util.Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return new java.util.HashMap<>(jdbc.findByIndexNameAndIndexValue(indexName, indexValue));
        }
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
