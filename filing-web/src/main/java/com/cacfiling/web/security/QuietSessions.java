package com.cacfiling.web.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session's JDBC sessions, without two database round trips per request that bought nothing:
 * <ul>
 * <li>the last access time is written at most once per {@code touchInterval} (Spring Session writes it on every
 * request, a committed UPDATE each time); a session of 8 hours may end that much earlier, never later;</li>
 * <li>within one request a session is read once: Spring Security's ConcurrentSessionFilter asks the session registry
 * for the session the request already loaded, which would otherwise read it again;</li>
 * <li>a session the request did not change is not saved: Spring Session opens a transaction for every save, even
 * one with nothing to write, i.e. on almost every page;</li>
 * <li>a session is read without a transaction ({@link ReadsWithoutTransaction}): it is one SELECT, and Spring
 * Session's BEGIN and COMMIT around it were one more round trip to the database on every request.</li>
 * </ul>
 * Everything else (attributes, expiry, the principal index, deletion) is Spring Session's own.
 */
public final class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.QuietSession> {

    private static final ThreadLocal<Map<String, QuietSession>> LOADED_IN_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<Session> jdbc;
    private final Duration touchInterval;

    @SuppressWarnings("unchecked")
    public QuietSessions(FindByIndexNameSessionRepository<? extends Session> jdbc, Duration touchInterval) {
        this.jdbc = (FindByIndexNameSessionRepository<Session>) jdbc;
        this.touchInterval = touchInterval;
    }

    @Override
    public QuietSession createSession() {
        return new QuietSession(jdbc.createSession(), true);
    }

    @Override
    public void save(QuietSession session) {
        if (session.changed) {
            jdbc.save(session.stored);
            session.changed = false;
        }
    }

    @Override
    public QuietSession findById(String id) {
        Map<String, QuietSession> loaded = LOADED_IN_REQUEST.get();
        QuietSession session = loaded == null ? null : loaded.get(id);
        if (session != null) {
            return session;
        }
        Session stored = ReadsWithoutTransaction.reading(() -> jdbc.findById(id));
        if (stored == null) {
            return null;
        }
        session = new QuietSession(stored, false);
        if (loaded != null) {
            loaded.put(id, session);
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        Map<String, QuietSession> loaded = LOADED_IN_REQUEST.get();
        if (loaded != null) {
            loaded.remove(id);
        }
        jdbc.deleteById(id);
    }

    @Override
    public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return jdbc.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> new QuietSession(entry.getValue(), false)));
    }

    /**
     * Spring Session's transactions (REQUIRES_NEW, as Spring Session makes them), except while a session is read: the
     * read is one SELECT of the session with its attributes, atomic by itself in autocommit, and so is the DELETE of
     * a session found expired. Saves, deletions and the housekeeping keep their transactions.
     */
    public static final class ReadsWithoutTransaction implements TransactionOperations {

        private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

        private final TransactionOperations transactions;

        public ReadsWithoutTransaction(PlatformTransactionManager transactionManager) {
            TransactionTemplate template = new TransactionTemplate(transactionManager);
            template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            this.transactions = template;
        }

        static <T> T reading(Supplier<T> read) {
            READING.set(Boolean.TRUE);
            try {
                return read.get();
            }
            finally {
                READING.remove();
            }
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            return READING.get() != null ? action.doInTransaction(new SimpleTransactionStatus(false))
                    : transactions.execute(action);
        }
    }

    /**
     * The scope of "within one request": ordered before Spring Session's filter, so that nothing a request loaded
     * is ever seen by the next request on the same thread.
     */
    public static final class RequestScope extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            LOADED_IN_REQUEST.set(new HashMap<>(2));
            try {
                chain.doFilter(request, response);
            } finally {
                LOADED_IN_REQUEST.remove();
            }
        }
    }

    /**
     * A stored session whose last access time moves only when it is older than the touch interval, and which knows
     * whether it has anything to save: it is new, or something was set, removed or moved through it.
     */
    public final class QuietSession implements Session {

        private final Session stored;
        private boolean changed;

        QuietSession(Session stored, boolean isNew) {
            this.stored = stored;
            this.changed = isNew;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(touchInterval))) {
                stored.setLastAccessedTime(lastAccessedTime);
                changed = true;
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
            changed = true;
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
            changed = true;
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
            changed = true;
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
