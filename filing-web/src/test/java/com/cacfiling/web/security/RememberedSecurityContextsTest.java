package com.cacfiling.web.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.user.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDBC sessions, on PostgreSQL, deserialise a stored security context once; everything else every time. */
@PortalTest
class RememberedSecurityContextsTest {

    static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    @Autowired
    JdbcIndexedSessionRepository jdbcSessions;

    @Autowired
    QuietSessions portalSessions;

    @Test
    void eachRequestGetsItsOwnContextWithTheRememberedAuthentication() {
        String id = stored(signedIn("officer.remembered"), Map.of("flash", "saved"));

        SecurityContext first = read(id).getAttribute(CONTEXT);
        SecurityContext second = read(id).getAttribute(CONTEXT);

        assertThat(first).isNotSameAs(second).isEqualTo(second);
        assertThat(first.getAuthentication()).isSameAs(second.getAuthentication());
        assertThat(((PortalUser) second.getAuthentication().getPrincipal()).getUsername())
                .isEqualTo("officer.remembered");
        // A sign-out empties the context it was given; the next request's context is untouched.
        first.setAuthentication(null);
        assertThat(read(id).<SecurityContext>getAttribute(CONTEXT).getAuthentication())
                .isSameAs(second.getAuthentication());
    }

    @Test
    void otherAttributesAreReadAfreshAndAnotherStoredContextIsAnotherAuthentication() {
        HashMap<String, String> flash = new HashMap<>(Map.of("message", "saved"));
        String id = stored(signedIn("officer.one"), Map.of("flash", flash));
        String other = stored(signedIn("officer.two"), Map.of());

        Map<String, String> read = read(id).getAttribute("flash");
        read.put("message", "changed by one request");
        assertThat(read(id).<Map<String, String>>getAttribute("flash")).isNotSameAs(read)
                .containsEntry("message", "saved");
        SecurityContext one = read(id).getAttribute(CONTEXT);
        SecurityContext two = read(other).getAttribute(CONTEXT);
        assertThat(one.getAuthentication()).isNotSameAs(two.getAuthentication());
        assertThat(one.getAuthentication().getName()).isEqualTo("officer.one");
        assertThat(two.getAuthentication().getName()).isEqualTo("officer.two");
    }

    private static SecurityContext signedIn(String username) {
        PortalUser user = new PortalUser(UUID.randomUUID(), username, "{noop}x", username, UserRole.OFFICER,
                UUID.randomUUID(), true);
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(UserRole.OFFICER.authority()))));
    }

    private String stored(SecurityContext context, Map<String, ?> attributes) {
        QuietSessions.QuietSession session = portalSessions.createSession();
        session.setAttribute(CONTEXT, context);
        attributes.forEach(session::setAttribute);
        portalSessions.save(session);
        return session.getId();
    }

    /** As a request does: from PostgreSQL, through the JDBC repository's conversions. */
    private Session read(String id) {
        Session session = jdbcSessions.findById(id);
        assertThat(session).isNotNull();
        return session;
    }
}
