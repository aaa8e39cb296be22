package com.cacfiling.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.util.WebUtils;

/**
 * MockMvc carries no cookies between requests; tests carry a session by passing the {@code MockHttpSession} of an
 * earlier result with {@code .session(…)}. The portal's sessions live in PostgreSQL (Spring Session JDBC) and are
 * found by the session cookie, so this bridge lets a test's MockHttpSession carry the id of the real, stored session:
 * when Spring Session sets its cookie, the id is also noted in the mock request's session, and a later request that
 * brings that MockHttpSession and no cookie is resolved to it. The session itself (its security context, expiry,
 * ending on deactivation) is Spring Session's and the database's; outside MockMvc (real HTTP) this changes nothing.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {

    static final String STORED_SESSION_ID = MockMvcSessions.class.getName() + ".id";

    @Bean
    static BeanPostProcessor mockMvcSessionBridge(ObjectProvider<CookieSerializer> cookies) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SessionRepositoryFilter<?> filter) {
                    CookieHttpSessionIdResolver cookieResolver = new CookieHttpSessionIdResolver();
                    cookies.ifAvailable(cookieResolver::setCookieSerializer);
                    filter.setHttpSessionIdResolver(new Bridge(cookieResolver));
                }
                return bean;
            }
        };
    }

    private record Bridge(HttpSessionIdResolver cookies) implements HttpSessionIdResolver {

        @Override
        public List<String> resolveSessionIds(HttpServletRequest request) {
            List<String> fromCookie = cookies.resolveSessionIds(request);
            MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
            if (!fromCookie.isEmpty() || mock == null) {
                return fromCookie;
            }
            HttpSession carried = mock.getSession(false);
            Object id = carried == null ? null : carried.getAttribute(STORED_SESSION_ID);
            return id == null ? List.of() : List.of(id.toString());
        }

        @Override
        public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
            cookies.setSessionId(request, response, sessionId);
            MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
            if (mock != null) {
                mock.getSession(true).setAttribute(STORED_SESSION_ID, sessionId);
            }
        }

        @Override
        public void expireSession(HttpServletRequest request, HttpServletResponse response) {
            cookies.expireSession(request, response);
            MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
            HttpSession carried = mock == null ? null : mock.getSession(false);
            if (carried != null) {
                carried.removeAttribute(STORED_SESSION_ID);
            }
        }
    }
}
